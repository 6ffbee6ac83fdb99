import type { SimState } from './state';

/**
 * An independent copy of the state that shares every record with the original. Records are replaced, never
 * mutated (state.ts), so copying the holders of records — the tables, the event log, the timer heap, the
 * clock — is enough: whatever either copy writes next lands in its own table. Costs one pointer per record,
 * not a deep clone, which is what makes checkpoints for time travel and "what if" forks cheap.
 */
export function copyState(state: SimState): SimState {
  const tables = <T extends object>(group: T): T => {
    const out = {} as Record<string, unknown>;
    for (const [name, table] of Object.entries(group)) out[name] = { ...table };
    return out as T;
  };
  return {
    ...state,
    clock: { ...state.clock },
    ec2: tables(state.ec2),
    iam: tables(state.iam),
    ssm: tables(state.ssm),
    secretsManager: tables(state.secretsManager),
    s3: tables(state.s3),
    ecr: tables(state.ecr),
    efs: tables(state.efs),
    files: { ...state.files },
    logs: tables(state.logs),
    ecs: tables(state.ecs),
    elbv2: tables(state.elbv2),
    cloudwatch: tables(state.cloudwatch),
    applicationAutoScaling: tables(state.applicationAutoScaling),
    autoscaling: tables(state.autoscaling),
    serviceDiscovery: {
      namespaces: { ...state.serviceDiscovery.namespaces },
      traffic: { ...state.serviceDiscovery.traffic },
      calls: { ...state.serviceDiscovery.calls },
      clock: { ...state.serviceDiscovery.clock },
    },
    load: { ...state.load },
    minuteClock: { ...state.minuteClock },
    failedZones: { ...state.failedZones },
    traces: { ...state.traces },
    timers: [...state.timers],
    events: [...state.events],
    retention: { ...state.retention },
  };
}
