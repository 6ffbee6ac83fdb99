import { describe, expect, it } from 'vitest';
import type { TaskDefinition } from '../../../src/engine';
import { taskReservation } from '../../../src/engine/taskDefinitions';
import { aTaskDefinition } from '../../builders/taskDefinition';

/** A stored definition from the shared builder, with the members a case is about replaced. */
const td = (overrides: Partial<TaskDefinition>): TaskDefinition => ({
  ...aTaskDefinition('web').build(),
  ...overrides,
});

describe('taskReservation', () => {
  it('takes task-level cpu and memory when they are set', () => {
    const r = taskReservation(
      td({
        cpu: '1024',
        memory: '2048',
        containerDefinitions: [{ name: 'a', image: 'x', cpu: 10, memory: 64 }],
      }),
    );
    expect(r).toMatchObject({ cpu: 1024, memory: 2048 });
  });

  it('sums containers otherwise, memoryReservation before memory', () => {
    const r = taskReservation(
      td({
        containerDefinitions: [
          { name: 'a', image: 'x', cpu: 256, memory: 512, memoryReservation: 128 },
          { name: 'b', image: 'x', memory: 300 },
        ],
      }),
    );
    expect(r).toMatchObject({ cpu: 256, memory: 428 });
  });

  it('holds static bridge host ports by protocol and ignores dynamic ones', () => {
    const r = taskReservation(
      td({
        containerDefinitions: [
          {
            name: 'a',
            image: 'x',
            portMappings: [
              { containerPort: 80, hostPort: 8080, protocol: 'tcp' },
              { containerPort: 53, hostPort: 53, protocol: 'udp' },
              { containerPort: 9000, hostPort: 0 },
              { containerPort: 9001 },
            ],
          },
        ],
      }),
    );
    expect(r).toEqual({ cpu: 0, memory: 0, ports: [8080], portsUdp: [53], eni: false });
  });

  it('holds containerPort in host mode even when hostPort was left out', () => {
    const r = taskReservation(
      td({
        networkMode: 'host',
        containerDefinitions: [{ name: 'a', image: 'x', portMappings: [{ containerPort: 80 }] }],
      }),
    );
    expect(r.ports).toEqual([80]);
  });

  it('takes an ENI and no host ports for awsvpc', () => {
    const r = taskReservation(
      td({
        networkMode: 'awsvpc',
        containerDefinitions: [
          { name: 'a', image: 'x', portMappings: [{ containerPort: 80, hostPort: 80 }] },
        ],
      }),
    );
    expect(r).toMatchObject({ ports: [], portsUdp: [], eni: true });
  });
});
