/**
 * What the import reads from the JSON the AWS CLI prints for `aws ecs describe-clusters`,
 * `describe-container-instances`, `describe-task-definition`, `describe-services` and `describe-tasks`: only the
 * members it acts on are typed; a task definition and a service also keep their whole object, whose request
 * members are passed on to the engine (which checks them as it checks any request).
 */

export type OutputKind = 'clusters' | 'containerInstances' | 'taskDefinition' | 'services' | 'tasks';

/** The command that prints each output, for messages. */
export const COMMAND_OF: Readonly<Record<OutputKind, string>> = {
  clusters: 'aws ecs describe-clusters',
  containerInstances: 'aws ecs describe-container-instances',
  taskDefinition: 'aws ecs describe-task-definition',
  services: 'aws ecs describe-services',
  tasks: 'aws ecs describe-tasks',
};

/** One pasted text, with the name messages use for it ("the container instances paste"). */
export interface Paste {
  readonly label: string;
  readonly text: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export interface Tag {
  readonly key: string;
  readonly value?: string;
}

export interface StrategyItem {
  readonly capacityProvider: string;
  readonly weight?: number;
  readonly base?: number;
}

export interface DescribedCluster {
  readonly clusterName: string;
  readonly clusterArn?: string;
  readonly record: JsonObject;
}

export interface DescribedResource {
  readonly name: string;
  readonly integerValue?: number;
  readonly stringSetValue?: ReadonlyArray<string>;
}

export interface DescribedAttribute {
  readonly name: string;
  readonly value?: string;
}

export interface DescribedContainerInstance {
  readonly containerInstanceArn: string;
  readonly ec2InstanceId?: string;
  readonly status: string;
  readonly agentConnected?: boolean;
  readonly attributes: ReadonlyArray<DescribedAttribute>;
  readonly registeredResources: ReadonlyArray<DescribedResource>;
  readonly capacityProviderName?: string;
}

export interface DescribedTaskDefinition {
  readonly taskDefinitionArn: string;
  readonly family: string;
  readonly revision: number;
  readonly record: JsonObject;
  readonly tags: ReadonlyArray<Tag>;
}

export interface DescribedService {
  readonly serviceName: string;
  readonly clusterArn?: string;
  readonly taskDefinition: string;
  readonly record: JsonObject;
}

export interface DescribedAttachment {
  readonly type?: string;
  readonly details: ReadonlyArray<{ readonly name: string; readonly value?: string }>;
}

export interface DescribedTask {
  readonly taskArn: string;
  readonly taskDefinitionArn: string;
  readonly clusterArn?: string;
  readonly lastStatus?: string;
  readonly group?: string;
  readonly startedBy?: string;
  readonly launchType?: string;
  readonly capacityProviderName?: string;
  readonly containerInstanceArn?: string;
  readonly availabilityZone?: string;
  readonly attachments: ReadonlyArray<DescribedAttachment>;
  readonly overrides?: JsonObject;
  readonly tags: ReadonlyArray<Tag>;
}

/** Everything read from the pastes, in the order pasted. */
export interface Described {
  readonly clusters: ReadonlyArray<DescribedCluster>;
  readonly containerInstances: ReadonlyArray<DescribedContainerInstance>;
  readonly taskDefinitions: ReadonlyArray<DescribedTaskDefinition>;
  readonly services: ReadonlyArray<DescribedService>;
  readonly tasks: ReadonlyArray<DescribedTask>;
}

/** Something wrong with a paste: which one, where in it (a JSON path, or a line), and what to do. */
export interface PasteProblem {
  readonly paste: string;
  readonly path: string;
  readonly message: string;
}

export const problemText = (p: PasteProblem): string =>
  `${p.paste}${p.path === '' ? '' : `, at ${p.path}`}: ${p.message}`;
