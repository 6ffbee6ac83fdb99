import type { EngineContext } from './context';
import type { CapacityProvider } from './model/capacityProvider';
import type { Task } from './model/ecs';
import type { Ec2Instance, Subnet } from './model/ec2';
import type { SimEvent } from './model/events';
import type {
  Attribute,
  PlacementConstraint,
  PlacementStrategy,
  TaskDefinition,
} from './model/taskDefinition';
import type { SimState } from './state';
import { refuseUncheckedStart } from './startup/guard';
import type { Launch } from './tasks/launch';

/**
 * Seams through which first-page code calls modules that load later (api/laterOperations.ts). Each hook does
 * nothing until the later part installs it, and that is safe: what a hook acts on (an Auto Scaling group, a
 * capacity provider with managed scaling, a task waiting for capacity, a scaling or fault event) can only exist
 * once a later operation has run, which needs the later part loaded.
 */
export interface LaterHooks {
  /** an EC2 instance changed state: its Auto Scaling group looks again (autoscaling/reconcile.ts) */
  instanceStateChanged(ctx: EngineContext, instanceId: string): void;
  /** a capacity provider's managed scaling alarms follow its settings and cluster (capacityProviders/managedScaling.ts) */
  syncManagedScaling(ctx: EngineContext, provider: CapacityProvider): void;
  /** tasks waiting in PROVISIONING try the cluster's instances again (capacityProviders/provisioning.ts) */
  placeWaitingTasks(ctx: EngineContext, clusterArn?: string): void;
  /** `count` tasks wait in PROVISIONING for `provider`, within the cluster's quota (capacityProviders/provisioning.ts) */
  waitForCapacity(
    ctx: EngineContext,
    launch: Launch,
    count: number,
    provider: string,
    constraints: ReadonlyArray<PlacementConstraint>,
    strategies: ReadonlyArray<PlacementStrategy>,
    asked: ReadonlyArray<PlacementStrategy>,
  ): Task[];
  /** the narrated sentence of an event only later modules emit, or undefined */
  sentence(state: SimState, event: SimEvent): string | undefined;
  /**
   * a task entering PENDING does its start-up work (startup/start.ts): the calls on its behalf are made and
   * recorded now; returns the record with its containers' configuration, or with why it cannot start
   */
  startTask(ctx: EngineContext, task: Task): Task;
  /** RunTask/StartTask: refuses a task whose start-up checks have not loaded yet (startup/guard.ts) */
  guardStartup(definition: TaskDefinition, overrides?: Readonly<Record<string, unknown>>): void;
  /**
   * a task record was written (`before` → `after`): the awslogs driver delivers what its containers printed
   * meanwhile (logs/delivery.ts). A task whose containers use awslogs only starts once the later part loaded.
   */
  taskWritten(ctx: EngineContext, before: Task, after: Task): void;
  /**
   * a task ENI takes an address of `subnet` (network/addresses.ts): the address, or false when the subnet is
   * full; undefined until the later part installs it (tasks/eni.ts then takes the next host)
   */
  takeSubnetAddress(ctx: EngineContext, subnet: Subnet): string | false | undefined;
  /** a deleted task ENI gives its address back (network/addresses.ts) */
  releaseSubnetAddress(ctx: EngineContext, subnetId: string, ip: string): void;
  /** the subnet of an EC2 awsvpc task's ENI among the request's subnets in the instance's AZ */
  pickEniSubnet(ctx: EngineContext, inAz: ReadonlyArray<Subnet>): Subnet | undefined;
  /** an instance registers: what ENI trunking gives it, if awsvpcTrunking is on (network/accountSettings.ts) */
  trunkInterface(
    ctx: EngineContext,
    instance: Ec2Instance,
  ): { eniSlots: number; attributes: Attribute[] } | undefined;
}

export const laterHooks: LaterHooks = {
  instanceStateChanged: () => undefined,
  syncManagedScaling: () => undefined,
  placeWaitingTasks: () => undefined,
  waitForCapacity: () => {
    throw new Error('A capacity provider with managed scaling exists only once the later part has loaded.');
  },
  sentence: () => undefined,
  // RunTask refuses every task that needs start-up work until the later part installs it (guardStartup)
  startTask: (_ctx, task) => task,
  guardStartup: refuseUncheckedStart,
  taskWritten: () => undefined,
  trunkInterface: () => undefined,
  takeSubnetAddress: () => undefined,
  releaseSubnetAddress: () => undefined,
  pickEniSubnet: (_ctx, inAz) => inAz[0],
};

/** Installs the later modules' implementations (api/laterOperations.ts). */
export function installLaterHooks(hooks: LaterHooks): void {
  Object.assign(laterHooks, hooks);
}
