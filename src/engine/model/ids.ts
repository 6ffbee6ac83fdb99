import type { Brand } from '../../lib/brand';

export type ClusterArn = Brand<string, 'ClusterArn'>;
export type TaskArn = Brand<string, 'TaskArn'>;
export type TaskDefinitionArn = Brand<string, 'TaskDefinitionArn'>;
export type ContainerInstanceArn = Brand<string, 'ContainerInstanceArn'>;
export type InstanceId = Brand<string, 'InstanceId'>;

/** Virtual seconds since the simulation's start instant. */
export type SimTime = number;
