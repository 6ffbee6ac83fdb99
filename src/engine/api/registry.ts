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
 * The services with operations that load later: every service but none of whose operations is on the first page,
 * and the first page's own three, whose other operations load later (checked against the later table by a test).
 */
export const LATER_SERVICES: ReadonlySet<string> = new Set([
  'ecs',
  'ec2',
  'sim',
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
  'servicediscovery',
]);

let laterInstalled = false;

/**
 * Whether `service`/`operation` may be one of the operations that load later, which have not loaded yet: any name
 * of a service with later operations that the first page's table lacks (the names come with the code). Once they
 * have loaded, the table answers: a name it lacks is unknown.
 */
export const isLaterOperation = (service: string, _operation: string): boolean =>
  !laterInstalled && LATER_SERVICES.has(service);

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
