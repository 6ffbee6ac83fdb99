import type { Operation } from './operation';
import { CreateCluster } from './ecs/CreateCluster';
import { DeleteCluster } from './ecs/DeleteCluster';
import { DescribeClusters } from './ecs/DescribeClusters';
import { ListClusters } from './ecs/ListClusters';
import { RegisterTaskDefinition } from './ecs/RegisterTaskDefinition';
import { DeregisterTaskDefinition } from './ecs/DeregisterTaskDefinition';
import { DeleteTaskDefinitions } from './ecs/DeleteTaskDefinitions';
import { DescribeTaskDefinition } from './ecs/DescribeTaskDefinition';
import { ListTaskDefinitions } from './ecs/ListTaskDefinitions';
import { ListTaskDefinitionFamilies } from './ecs/ListTaskDefinitionFamilies';
import { RunTask } from './ecs/RunTask';
import { StartTask } from './ecs/StartTask';
import { StopTask } from './ecs/StopTask';
import { DescribeTasks } from './ecs/DescribeTasks';
import { ListTasks } from './ecs/ListTasks';
import { DescribeContainerInstances } from './ecs/DescribeContainerInstances';
import { ListContainerInstances } from './ecs/ListContainerInstances';
import { UpdateContainerInstancesState } from './ecs/UpdateContainerInstancesState';
import { DeregisterContainerInstance } from './ecs/DeregisterContainerInstance';
import { PutAttributes } from './ecs/PutAttributes';
import { DeleteAttributes } from './ecs/DeleteAttributes';
import { ListAttributes } from './ecs/ListAttributes';
import { CreateService } from './ecs/CreateService';
import { UpdateService } from './ecs/UpdateService';
import { DeleteService } from './ecs/DeleteService';
import { DescribeServices } from './ecs/DescribeServices';
import { ListServices } from './ecs/ListServices';
import { RunInstances } from './ec2/RunInstances';
import { TerminateInstances } from './ec2/TerminateInstances';
import { DescribeInstances } from './ec2/DescribeInstances';
import { DescribeSubnets } from './ec2/DescribeSubnets';
import { DescribeInstanceTypes } from './ec2/DescribeInstanceTypes';
import { CreateLoadBalancer } from './elbv2/CreateLoadBalancer';
import { DescribeLoadBalancers } from './elbv2/DescribeLoadBalancers';
import { DeleteLoadBalancer } from './elbv2/DeleteLoadBalancer';
import { CreateTargetGroup } from './elbv2/CreateTargetGroup';
import { DescribeTargetGroups } from './elbv2/DescribeTargetGroups';
import { DeleteTargetGroup } from './elbv2/DeleteTargetGroup';
import { ModifyTargetGroup } from './elbv2/ModifyTargetGroup';
import { DescribeTargetGroupAttributes } from './elbv2/DescribeTargetGroupAttributes';
import { ModifyTargetGroupAttributes } from './elbv2/ModifyTargetGroupAttributes';
import { CreateListener } from './elbv2/CreateListener';
import { DescribeListeners } from './elbv2/DescribeListeners';
import { DeleteListener } from './elbv2/DeleteListener';
import { RegisterTargets } from './elbv2/RegisterTargets';
import { DeregisterTargets } from './elbv2/DeregisterTargets';
import { DescribeTargetHealth } from './elbv2/DescribeTargetHealth';
import { SetAgentConnected } from './sim/SetAgentConnected';
import { FailInstance } from './sim/FailInstance';
import { ExitContainer } from './sim/ExitContainer';
import { cloudwatchOperations } from './cloudwatch/index';
import { applicationAutoScalingOperations } from './applicationAutoScaling/index';
import { autoscalingOperations } from './autoscaling/index';

/** Every operation the simulator answers, by service. The string given to `sim.call` finds the file. */
export const operations = {
  ecs: {
    CreateCluster,
    DeleteCluster,
    DescribeClusters,
    ListClusters,
    RegisterTaskDefinition,
    DeregisterTaskDefinition,
    DeleteTaskDefinitions,
    DescribeTaskDefinition,
    ListTaskDefinitions,
    ListTaskDefinitionFamilies,
    RunTask,
    StartTask,
    StopTask,
    DescribeTasks,
    ListTasks,
    DescribeContainerInstances,
    ListContainerInstances,
    UpdateContainerInstancesState,
    DeregisterContainerInstance,
    PutAttributes,
    DeleteAttributes,
    ListAttributes,
    CreateService,
    UpdateService,
    DeleteService,
    DescribeServices,
    ListServices,
  },
  ec2: {
    RunInstances,
    TerminateInstances,
    DescribeInstances,
    DescribeSubnets,
    DescribeInstanceTypes,
  },
  elbv2: {
    CreateLoadBalancer,
    DescribeLoadBalancers,
    DeleteLoadBalancer,
    CreateTargetGroup,
    DescribeTargetGroups,
    DeleteTargetGroup,
    ModifyTargetGroup,
    DescribeTargetGroupAttributes,
    ModifyTargetGroupAttributes,
    CreateListener,
    DescribeListeners,
    DeleteListener,
    RegisterTargets,
    DeregisterTargets,
    DescribeTargetHealth,
  },
  cloudwatch: cloudwatchOperations,
  'application-autoscaling': applicationAutoScalingOperations,
  autoscaling: autoscalingOperations,
  sim: {
    SetAgentConnected,
    FailInstance,
    ExitContainer,
  },
} as const;

export type Operations = typeof operations;
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
