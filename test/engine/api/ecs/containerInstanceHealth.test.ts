import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../../src/engine';
import { anAccount, containerInstancesOf } from '../../../builders/account';

describe('ecs DescribeContainerInstances include CONTAINER_INSTANCE_HEALTH', () => {
  const setUp = () => {
    const sim = anAccount().withInstances(1, 't3.medium').build();
    const [arn] = containerInstancesOf(sim);
    const describe = (include?: Array<'TAGS' | 'CONTAINER_INSTANCE_HEALTH'>) =>
      sim.call('ecs', 'DescribeContainerInstances', {
        containerInstances: [arn!],
        ...(include ? { include } : {}),
      }).containerInstances[0]!;
    return { sim, arn: arn!, describe };
  };

  it('leaves healthStatus out unless it is asked for', () => {
    const { describe } = setUp();
    expect(describe()).not.toHaveProperty('healthStatus');
    expect(describe(['TAGS'])).not.toHaveProperty('healthStatus');
  });

  it('reports the container runtime check OK since registration, updated now', () => {
    const { sim, arn, describe } = setUp();
    sim.advance(300);
    const registeredAt = sim.state.ecs.containerInstances[arn]!.registeredAt;
    expect(describe(['CONTAINER_INSTANCE_HEALTH']).healthStatus).toEqual({
      overallStatus: 'OK',
      details: [
        {
          type: 'CONTAINER_RUNTIME',
          status: 'OK',
          lastUpdated: isoTime(sim.state, sim.state.clock.now),
          lastStatusChange: isoTime(sim.state, registeredAt),
        },
      ],
    });
  });

  it('has INSUFFICIENT_DATA while the agent is cut off, and OK again once it reconnects', () => {
    const { sim, arn, describe } = setUp();
    sim.call('sim', 'SetAgentConnected', { containerInstance: arn, connected: false });
    expect(describe(['CONTAINER_INSTANCE_HEALTH']).healthStatus).toEqual({
      overallStatus: 'INSUFFICIENT_DATA',
      details: [{ type: 'CONTAINER_RUNTIME', status: 'INSUFFICIENT_DATA' }],
    });
    sim.call('sim', 'SetAgentConnected', { containerInstance: arn, connected: true });
    expect(describe(['CONTAINER_INSTANCE_HEALTH', 'TAGS']).healthStatus?.overallStatus).toBe('OK');
  });
});
