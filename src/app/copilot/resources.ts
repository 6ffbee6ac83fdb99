/**
 * "What Copilot created": per application, environment and workload, each resource Copilot's CloudFormation
 * makes, whether the sandbox simulates it, and whether it exists now. Read off the simulator state (Copilot's own
 * records are the SSM parameters under /copilot/applications/<app>), so an undo or a replay shows at once.
 *
 * Not simulated, only listed: CloudFormation itself (stacks, the stack set), the environment's own VPC (the
 * sandbox's VPC is fixed: environments use the default VPC's subnets in two AZs), the service discovery
 * namespace, SNS and SQS for workers, Step Functions and EventBridge for jobs, KMS and S3 for pipelines.
 */
import type { SimState, DeepReadonly } from '../../engine/index';
import type { WorkloadType } from './manifestSchema';
import {
  appParameter,
  clusterName,
  envParameter,
  executionRoleName,
  familyName,
  loadBalancerName,
  logGroupName,
  repositoryName,
  serviceName,
  targetGroupName,
  taskRoleName,
  workloadParameter,
} from './names';

type State = DeepReadonly<SimState>;

export interface ResourceRow {
  readonly kind: string;
  readonly name: string;
  /** false: the sandbox only lists it, nothing is made */
  readonly simulated: boolean;
  /** whether it exists in the simulator now (always false for what is not simulated) */
  readonly exists: boolean;
}

export interface ResourceGroup {
  readonly title: string;
  readonly rows: ReadonlyArray<ResourceRow>;
}

const sim = (kind: string, name: string, exists: boolean): ResourceRow => ({
  kind,
  name,
  simulated: true,
  exists,
});
const listed = (kind: string, name: string): ResourceRow => ({ kind, name, simulated: false, exists: false });

function records<T>(state: State, path: string): T[] {
  return Object.values(state.ssm.parameters)
    .filter((p) => p.Name.startsWith(`${path}/`) && !p.Name.slice(path.length + 1).includes('/'))
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .flatMap((p) => {
      try {
        return [JSON.parse(p.Value) as T];
      } catch {
        return [];
      }
    });
}

export const environmentsOf = (state: State, app: string) =>
  records<{ name: string }>(state, `${appParameter(app)}/environments`).map((e) => e.name);
export const workloadsOf = (state: State, app: string) =>
  records<{ name: string; type: WorkloadType }>(state, `${appParameter(app)}/components`);

/** The resource groups of application `app` as the simulator holds them now. */
export function copilotResources(state: State, app: string): ReadonlyArray<ResourceGroup> {
  const envs = environmentsOf(state, app);
  const workloads = workloadsOf(state, app);
  const cluster = (env: string) =>
    Object.values(state.ecs.clusters).find(
      (c) => c.clusterName === clusterName(app, env) && c.status === 'ACTIVE',
    );
  const lb = (env: string) =>
    Object.values(state.elbv2.loadBalancers).find((l) => l.LoadBalancerName === loadBalancerName(app, env));
  const groups: ResourceGroup[] = [
    {
      title: `Application ${app}`,
      rows: [
        sim('SSM parameter (app record)', appParameter(app), appParameter(app) in state.ssm.parameters),
        ...workloads.flatMap((w) => [
          sim(
            'ECR repository',
            repositoryName(app, w.name),
            repositoryName(app, w.name) in state.ecr.repositories,
          ),
          sim(
            'SSM parameter (workload record)',
            workloadParameter(app, w.name),
            workloadParameter(app, w.name) in state.ssm.parameters,
          ),
        ]),
        listed('CloudFormation stack set and admin/execution roles', `${app}-infrastructure`),
        listed('KMS key and S3 bucket (pipelines)', `${app} pipeline artifacts`),
      ],
    },
  ];
  for (const env of envs) {
    const balancer = lb(env);
    groups.push({
      title: `Environment ${env}`,
      rows: [
        sim(
          'SSM parameter (environment record)',
          envParameter(app, env),
          envParameter(app, env) in state.ssm.parameters,
        ),
        sim('ECS cluster', clusterName(app, env), cluster(env) !== undefined),
        sim('Application Load Balancer (shared)', loadBalancerName(app, env), balancer !== undefined),
        sim(
          'HTTP listener :80',
          loadBalancerName(app, env),
          balancer !== undefined &&
            Object.values(state.elbv2.listeners).some(
              (l) => l.LoadBalancerArn === balancer.LoadBalancerArn && l.Port === 80,
            ),
        ),
        listed(
          'VPC, 2 public + 2 private subnets, internet gateway (sandbox: default VPC)',
          `${app}-${env} VPC`,
        ),
        listed('Service discovery namespace', `${env}.${app}.local`),
        listed('CloudFormation stack', `${app}-${env}`),
      ],
    });
    for (const w of workloads) {
      const family = familyName(app, env, w.name);
      const hasTd = Object.values(state.ecs.taskDefinitions).some((t) => t.family === family);
      if (!hasTd) continue; // not deployed to this environment
      const svc = Object.values(state.ecs.services).find(
        (s) => s.serviceName === serviceName(app, env, w.name) && s.status === 'ACTIVE',
      );
      const rows: ResourceRow[] = [
        sim('Task definition', family, hasTd),
        sim(
          'IAM execution role',
          executionRoleName(app, env, w.name),
          executionRoleName(app, env, w.name) in state.iam.roles,
        ),
        sim(
          'IAM task role',
          taskRoleName(app, env, w.name),
          taskRoleName(app, env, w.name) in state.iam.roles,
        ),
        sim('Log group', logGroupName(app, env, w.name), logGroupName(app, env, w.name) in state.logs.groups),
      ];
      if (w.type !== 'Scheduled Job')
        rows.push(sim('ECS service', serviceName(app, env, w.name), svc !== undefined));
      if (w.type === 'Load Balanced Web Service') {
        const tg = targetGroupName(app, env, w.name);
        rows.push(
          sim(
            'Target group (ip)',
            tg,
            Object.values(state.elbv2.targetGroups).some((t) => t.TargetGroupName === tg),
          ),
        );
      }
      if (w.type === 'Worker Service') {
        rows.push(listed('SQS queue + dead-letter queue', `${family}-EventsQueue`));
        rows.push(listed('SNS topic subscriptions', `${family} subscriptions`));
      }
      if (w.type === 'Scheduled Job') {
        rows.push(listed('Step Functions state machine', `${family}-StateMachine`));
        rows.push(listed('EventBridge schedule rule', `${family}-Rule`));
      }
      rows.push(listed('CloudFormation stack', family));
      groups.push({ title: `${w.type} ${w.name} in ${env}`, rows });
    }
  }
  return groups;
}
