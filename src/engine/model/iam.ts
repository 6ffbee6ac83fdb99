import type { SimTime } from './ids';

/**
 * IAM as the simulation keeps it. Policy documents are stored parsed (the API takes and returns them as JSON
 * text); `Action`, `Resource` and `Principal` values keep the shape the author wrote (a string or a list).
 */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action?: string | ReadonlyArray<string>;
  readonly NotAction?: string | ReadonlyArray<string>;
  readonly Resource?: string | ReadonlyArray<string>;
  readonly NotResource?: string | ReadonlyArray<string>;
  /** trust policies only: `{ Service: 'ecs-tasks.amazonaws.com' }`, `{ AWS: arn }` or '*' */
  readonly Principal?: string | Readonly<Record<string, string | ReadonlyArray<string>>>;
  /** `{ operator: { key: value | values } }`; the evaluator supports the operators it documents */
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | ReadonlyArray<string>>>>>;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: ReadonlyArray<PolicyStatement>;
}

export interface IamRole {
  readonly RoleName: string;
  readonly RoleId: string;
  readonly Arn: string;
  readonly Path: string;
  readonly CreateDate: SimTime;
  readonly Description?: string;
  readonly MaxSessionDuration: number;
  /** the trust policy: who may assume the role */
  readonly AssumeRolePolicyDocument: PolicyDocument;
  /** ARNs of attached managed policies (the AWS managed ones the sandbox knows: iam/managedPolicies.ts) */
  readonly attachedPolicyArns: ReadonlyArray<string>;
  /** inline policies by PolicyName */
  readonly inlinePolicies: Readonly<Record<string, PolicyDocument>>;
}

export interface InstanceProfile {
  readonly InstanceProfileName: string;
  readonly InstanceProfileId?: string;
  readonly Arn: string;
  readonly Path?: string;
  readonly CreateDate?: SimTime;
  /** an instance profile holds at most one role */
  readonly roleName?: string;
}

/**
 * Who made a call the simulation made on someone's behalf (the "who is calling" view):
 * - `agent`: the ECS agent on an instance, with the instance role (registration, ECR and awslogs on EC2 without an execution role);
 * - `execution-role`: the agent or Fargate using the task's execution role (pull, logs, secrets, env files);
 * - `task-role`: the application, with the task role;
 * - `instance-role-imds`: the application, with the instance role reached through instance metadata (EC2, no task role, IMDS not blocked);
 * - `none`: no credentials at all (e.g. a Fargate task without a task role).
 */
export type CallPrincipalKind = 'agent' | 'execution-role' | 'task-role' | 'instance-role-imds' | 'none';

/** Where the decision came from: the policy and statement that allowed or denied. */
export interface DecidingStatement {
  /** a managed policy ARN, or `inline:<PolicyName>` */
  readonly policy: string;
  readonly statementIndex: number;
  readonly sid?: string;
}

export interface AuthorizedCall {
  /** sequence number within the simulation (ids are stable across replays) */
  readonly id: number;
  readonly at: SimTime;
  readonly principal: CallPrincipalKind;
  /** the role used, when there was one */
  readonly roleName?: string;
  /** e.g. 'secretsmanager:GetSecretValue' */
  readonly action: string;
  readonly resource: string;
  readonly decision: 'allowed' | 'explicit-deny' | 'implicit-deny';
  readonly statement?: DecidingStatement;
  /** what the call was for, in a short phrase: 'pull image api:1', 'read secret db-password' */
  readonly purpose: string;
  readonly taskArn?: string;
  readonly ec2InstanceId?: string;
}
