import type {
  Compatibility,
  ContainerDefinition,
  NetworkMode,
  PlacementConstraint,
} from '../model/taskDefinition';

/** The RegisterTaskDefinition request as the engine reads it once the schema has accepted it. */
export interface RegisterTaskDefinitionInput {
  readonly family: string;
  readonly containerDefinitions: ReadonlyArray<ContainerDefinition>;
  readonly taskRoleArn?: string;
  readonly executionRoleArn?: string;
  readonly networkMode?: NetworkMode;
  readonly volumes?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly placementConstraints?: ReadonlyArray<PlacementConstraint>;
  readonly requiresCompatibilities?: ReadonlyArray<Compatibility>;
  readonly cpu?: string;
  readonly memory?: string;
  readonly pidMode?: 'host' | 'task';
  readonly ipcMode?: 'host' | 'task' | 'none';
  readonly proxyConfiguration?: Readonly<Record<string, unknown>>;
  readonly inferenceAccelerators?: ReadonlyArray<{
    readonly deviceName: string;
    readonly deviceType: string;
  }>;
  readonly ephemeralStorage?: { readonly sizeInGiB: number };
  readonly runtimePlatform?: { readonly cpuArchitecture?: string; readonly operatingSystemFamily?: string };
  readonly tags?: ReadonlyArray<{ readonly key: string; readonly value?: string }>;
  readonly enableFaultInjection?: boolean;
}
