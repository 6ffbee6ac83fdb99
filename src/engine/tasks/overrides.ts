import { AwsError } from '../errors';
import type { ContainerDefinition, KeyValuePair, TaskDefinition } from '../model/taskDefinition';

/** `overrides.containerOverrides[]` of RunTask/StartTask (the members the simulator applies). */
export interface ContainerOverride {
  readonly name: string;
  readonly command?: ReadonlyArray<string>;
  readonly environment?: ReadonlyArray<KeyValuePair>;
  readonly cpu?: number;
  readonly memory?: number;
  readonly memoryReservation?: number;
}

/** `overrides` of RunTask/StartTask. */
export interface TaskOverride {
  readonly containerOverrides?: ReadonlyArray<ContainerOverride>;
  readonly cpu?: string;
  readonly memory?: string;
  readonly taskRoleArn?: string;
  readonly executionRoleArn?: string;
  /** Fargate only; the task output reports it (see platform.ts) */
  readonly ephemeralStorage?: { readonly sizeInGiB: number };
}

/** Rejects a container override that names no container of the definition (the rest the schema checks). */
export function checkOverrides(td: TaskDefinition, overrides: TaskOverride | undefined): void {
  (overrides?.containerOverrides ?? []).forEach((o, i) => {
    if (!td.containerDefinitions.some((c) => c.name === o.name)) {
      throw new AwsError(
        'InvalidParameterException',
        `Override for container named ${o.name} is not a container in the TaskDefinition. ` +
          `overrides.containerOverrides[${i}].name must be one of: ` +
          `${td.containerDefinitions.map((c) => c.name).join(', ')}.`,
        `overrides.containerOverrides[${i}].name`,
      );
    }
  });
}

function mergeEnvironment(base: ReadonlyArray<KeyValuePair> | undefined, over: ReadonlyArray<KeyValuePair>) {
  const names = new Set(over.map((e) => e.name));
  return [...(base ?? []).filter((e) => !names.has(e.name)), ...over];
}

function overridden(c: ContainerDefinition, o: ContainerOverride | undefined): ContainerDefinition {
  if (!o) return c;
  return {
    ...c,
    ...(o.command ? { command: o.command } : {}),
    ...(o.environment ? { environment: mergeEnvironment(c.environment, o.environment) } : {}),
    ...(o.cpu !== undefined ? { cpu: o.cpu } : {}),
    ...(o.memory !== undefined ? { memory: o.memory } : {}),
    ...(o.memoryReservation !== undefined ? { memoryReservation: o.memoryReservation } : {}),
  };
}

/**
 * The definition a task actually runs: container command/environment/cpu/memory and task cpu/memory replaced
 * by the overrides (environment entries merge by name). Pure; the stored definition is untouched.
 */
export function applyOverrides(td: TaskDefinition, overrides: TaskOverride | undefined): TaskDefinition {
  if (!overrides) return td;
  const byName = new Map((overrides.containerOverrides ?? []).map((o) => [o.name, o]));
  return {
    ...td,
    containerDefinitions: td.containerDefinitions.map((c) => overridden(c, byName.get(c.name))),
    ...(overrides.cpu !== undefined ? { cpu: overrides.cpu } : {}),
    ...(overrides.memory !== undefined ? { memory: overrides.memory } : {}),
  };
}
