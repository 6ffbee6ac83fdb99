import type { QuerySubject } from '../../../src/engine/query';
import { compileQuery } from '../../../src/engine/query';

const at = (iso: string): number => Date.parse(iso) / 1000;

function instance(
  fields: Partial<Omit<QuerySubject, 'attributes'>> & { attributes: Record<string, string> },
): QuerySubject {
  return {
    ec2InstanceId: 'i-00000000',
    agentConnected: true,
    agentVersion: '1.0.0',
    registeredAt: 0,
    runningTasksCount: 0,
    taskGroups: new Set(),
    ...fields,
    attributes: new Map(Object.entries(fields.attributes)),
  };
}

/** Four hand-built instances covering every subject; named a–d so expected selections read easily. */
export const FLEET: Readonly<Record<'a' | 'b' | 'c' | 'd', QuerySubject>> = {
  a: instance({
    attributes: {
      'ecs.instance-type': 't2.small',
      'ecs.availability-zone': 'us-east-1a',
      'ecs.os-family': 'LINUX',
      stack: 'prod',
      gpus: '2',
      note: "it's blue",
    },
    ec2InstanceId: 'i-abcd1234',
    agentVersion: '1.14.4',
    registeredAt: at('2018-01-01T00:00:00Z'),
    runningTasksCount: 1,
    taskGroups: new Set(['service:production']),
  }),
  b: instance({
    attributes: {
      'ecs.instance-type': 't2.medium',
      'ecs.availability-zone': 'us-east-1b',
      'ecs.os-family': 'LINUX',
      'ecs.capability.task-eni': '',
      stack: 'dev',
      note: 'has space',
    },
    ec2InstanceId: 'i-0b0b0b0b',
    agentVersion: '1.14.5',
    registeredAt: at('2018-03-01T00:00:00Z'),
    runningTasksCount: 0,
  }),
  c: instance({
    attributes: {
      'ecs.instance-type': 'g2.2xlarge',
      'ecs.availability-zone': 'us-east-1d',
      'ecs.os-family': 'LINUX',
      'ecs.capability.task-eni': '',
      gpus: '10',
    },
    ec2InstanceId: 'i-0c0c0c0c',
    agentConnected: false,
    agentVersion: '1.20.0',
    registeredAt: at('2019-01-01T00:00:00Z'),
    runningTasksCount: 2,
    taskGroups: new Set(['database', 'service:web']),
  }),
  d: instance({
    attributes: {
      'ecs.instance-type': 'g2.8xlarge',
      'ecs.availability-zone': 'us-east-1c',
      'ecs.os-family': 'WINDOWS_SERVER_2019_FULL',
      stack: 'prod',
    },
    ec2InstanceId: 'i-wxyx7890',
    agentVersion: '1.9.0',
    registeredAt: at('2018-02-12T23:59:59Z'),
    runningTasksCount: 1,
    taskGroups: new Set(['database']),
  }),
};

/** The names of the fleet instances an expression selects, in order; throws if it does not compile. */
export function select(expression: string): string[] {
  const compiled = compileQuery(expression);
  if (!compiled.ok) throw new Error(`${expression}: ${compiled.error.message}`);
  return Object.entries(FLEET)
    .filter(([, subject]) => compiled.value(subject))
    .map(([name]) => name);
}
