import type { Operation } from './operation';
import type { laterOperations } from './laterOperations';
import { CreateCluster } from './ecs/CreateCluster';
import { RegisterTaskDefinition } from './ecs/RegisterTaskDefinition';
import { RunTask } from './ecs/RunTask';
import { StopTask } from './ecs/StopTask';
import { UpdateContainerInstancesState } from './ecs/UpdateContainerInstancesState';
import { RunInstances } from './ec2/RunInstances';
import { TerminateInstances } from './ec2/TerminateInstances';
import { SetAgentConnected } from './sim/SetAgentConnected';
import { FailInstance } from './sim/FailInstance';
import { ExitContainer } from './sim/ExitContainer';

/**
 * The operations whose code is on the first page. The rest (services, load balancers, scaling, capacity providers, launch
 * templates, the scaling and fault sim controls: `laterOperations.ts`) load with the later request checks (`later.ts`) and are
 * installed here; until then a request for one is refused with ServiceUnavailableException (simulation.ts).
 */
const firstOperations = {
  ecs: {
    CreateCluster,
    RegisterTaskDefinition,
    RunTask,
    StopTask,
    UpdateContainerInstancesState,
  },
  ec2: {
    RunInstances,
    TerminateInstances,
  },
  sim: {
    SetAgentConnected,
    FailInstance,
    ExitContainer,
  },
} as const;

type First = typeof firstOperations;
type Later = typeof laterOperations;
/** Every operation the simulator answers, by service: the first page's and the later ones, as one type. */
export type Operations = {
  readonly [S in keyof First | keyof Later]: (S extends keyof First ? First[S] : unknown) &
    (S extends keyof Later ? Later[S] : unknown);
};

type Table = Record<string, Record<string, Operation<unknown, unknown>>>;
const table: Table = Object.fromEntries(
  Object.entries(firstOperations as unknown as Table).map(([service, ops]) => [service, { ...ops }]),
);

/** Every operation the simulator answers now, by service. The string given to `sim.call` finds the file. */
export const operations = table as unknown as Operations;

/**
 * The services none of whose operations is on the first page: every operation they have loads later (checked
 * against the later table by a test).
 */
export const LATER_SERVICES: ReadonlySet<string> = new Set([
  'elbv2',
  'cloudwatch',
  'application-autoscaling',
  'autoscaling',
  'iam',
  'logs',
  'ssm',
  'secretsmanager',
  's3api',
  'ecr',
  'efs',
]);

/** The later operations of the services the first page also has (checked against the later table by a test). */
export const LATER_OPERATION_NAMES: Readonly<Record<string, ReadonlyArray<string>>> = {
  ecs: [
    'DeleteCluster',
    'DescribeClusters',
    'ListClusters',
    'DeregisterTaskDefinition',
    'DeleteTaskDefinitions',
    'DescribeTaskDefinition',
    'ListTaskDefinitions',
    'ListTaskDefinitionFamilies',
    'StartTask',
    'DescribeTasks',
    'ListTasks',
    'DescribeContainerInstances',
    'ListContainerInstances',
    'DeregisterContainerInstance',
    'PutAttributes',
    'DeleteAttributes',
    'ListAttributes',
    'CreateService',
    'UpdateService',
    'DeleteService',
    'DescribeServices',
    'ListServices',
    'CreateCapacityProvider',
    'DescribeCapacityProviders',
    'UpdateCapacityProvider',
    'DeleteCapacityProvider',
    'PutClusterCapacityProviders',
  ],
  ec2: [
    'DescribeInstances',
    'DescribeSubnets',
    'DescribeInstanceTypes',
    'CreateLaunchTemplate',
    'CreateLaunchTemplateVersion',
    'DescribeLaunchTemplates',
    'DeleteLaunchTemplate',
    'DescribeLaunchTemplateVersions',
    'ModifyLaunchTemplate',
  ],
  sim: [
    'SetLoad',
    'FailAvailabilityZone',
    'RestoreAvailabilityZone',
    'InterruptSpot',
    'PushImage',
    'CallAws',
    'WriteFile',
    'ReadFile',
  ],
};

let laterInstalled = false;

/**
 * Whether `service`/`operation` is one of the operations that load later and have not loaded yet. Once they have,
 * the table answers: a name it lacks is unknown, even in a later service.
 */
export const isLaterOperation = (service: string, operation: string): boolean =>
  !laterInstalled &&
  (LATER_SERVICES.has(service) ||
    (Object.prototype.hasOwnProperty.call(LATER_OPERATION_NAMES, service) &&
      LATER_OPERATION_NAMES[service]!.includes(operation)));

/** Adds the later operations to the table (idempotent). */
export function installLaterOperations(later: Later): void {
  for (const [service, ops] of Object.entries(later as unknown as Table)) {
    table[service] = { ...(table[service] ?? {}), ...ops };
  }
  laterInstalled = true;
}
export type ServiceName = keyof Operations;
export type OperationName<S extends ServiceName> = keyof Operations[S] & string;
export type InputOf<S extends ServiceName, O extends OperationName<S>> =
  Operations[S][O] extends Operation<infer I, unknown> ? I : never;
export type OutputOf<S extends ServiceName, O extends OperationName<S>> = Operations[S][O] extends {
  readonly handle: (ctx: never, input: never) => infer R;
}
  ? R
  : never;

/** Looks an operation up by strings (the console, share links); undefined when there is no such operation. */
export function findOperation(service: string, operation: string): Operation<unknown, unknown> | undefined {
  if (!Object.prototype.hasOwnProperty.call(operations, service)) return undefined;
  const table = operations[service as ServiceName] as Record<string, Operation<unknown, unknown>>;
  return Object.prototype.hasOwnProperty.call(table, operation) ? table[operation] : undefined;
}

/** The service and operation names, for help text and completion. */
export function listOperations(): ReadonlyArray<{ service: ServiceName; operation: string }> {
  return (Object.keys(operations) as ServiceName[]).flatMap((service) =>
    Object.keys(operations[service]).map((operation) => ({ service, operation })),
  );
}
