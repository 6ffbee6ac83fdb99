import { describe, expect, it } from 'vitest';
import { launchContainerInstances } from '../../../src/course/fixtures';
import { createSimulation, isAwsError, type Simulation } from '../../../src/engine';

/** A cluster `t` with one instance of `type` in us-east-1a, registered. */
function instanceOf(sim: Simulation, type: string) {
  launchContainerInstances(sim, { cluster: 't', instanceType: type, availabilityZone: 'us-east-1a' });
  sim.advance(120);
  return Object.values(sim.state.ecs.containerInstances).at(-1)!;
}

function setUp() {
  const sim = createSimulation({ seed: 3 });
  sim.call('ecs', 'CreateCluster', { clusterName: 't' });
  return sim;
}

describe('ENI trunking (awsvpcTrunking)', () => {
  it('is off by default: a c5.large registers 2 task ENI slots', () => {
    const sim = setUp();
    expect(instanceOf(sim, 'c5.large').eniSlots).toBe(2);
    const listed = sim.call('ecs', 'ListAccountSettings', {
      name: 'awsvpcTrunking',
      effectiveSettings: true,
    });
    expect(listed.settings).toEqual([
      {
        name: 'awsvpcTrunking',
        value: 'disabled',
        principalArn: 'arn:aws:iam::123456789012:root',
        type: 'aws_managed',
      },
    ]);
  });

  it('gives instances registered after the opt-in the trunk limit and attributes; older ones keep theirs', () => {
    const sim = setUp();
    const before = instanceOf(sim, 'c5.large');
    const out = sim.call('ecs', 'PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled' });
    expect(out.setting).toEqual({
      name: 'awsvpcTrunking',
      value: 'enabled',
      principalArn: 'arn:aws:iam::123456789012:root',
      type: 'user',
    });
    const after = instanceOf(sim, 'c5.large');
    expect(sim.state.ecs.containerInstances[before.containerInstanceArn]!.eniSlots).toBe(2);
    expect(after.eniSlots).toBe(10);
    expect(after.attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining(['ecs.awsvpc-trunk-id', 'ecs.capability.task-eni-trunking']),
    );
    // a type without trunking support keeps its ENI limit
    expect(instanceOf(sim, 't3.small').eniSlots).toBe(2);
  });

  it('takes the account default when the root user has no setting of its own, and its own over the default', () => {
    const sim = setUp();
    sim.call('ecs', 'PutAccountSettingDefault', { name: 'awsvpcTrunking', value: 'enabled' });
    expect(instanceOf(sim, 'm5.large').eniSlots).toBe(10);
    sim.call('ecs', 'PutAccountSetting', { name: 'awsvpcTrunking', value: 'disabled' });
    expect(instanceOf(sim, 'm5.large').eniSlots).toBe(2);
  });

  it('refuses an unknown setting or value, naming the right ones', () => {
    const sim = setUp();
    const refusal = (input: Record<string, string>) => {
      try {
        sim.call('ecs', 'PutAccountSetting', input as never);
        return '';
      } catch (e) {
        return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
      }
    };
    expect(refusal({ name: 'awsvpcTrunk', value: 'enabled' })).toMatch(
      /InvalidParameterException: Invalid setting name 'awsvpcTrunk'. Known names: .*awsvpcTrunking/,
    );
    expect(refusal({ name: 'awsvpcTrunking', value: 'on' })).toMatch(/Use one of: enabled, disabled/);
    expect(
      refusal({ name: 'awsvpcTrunking', value: 'enabled', principalArn: 'arn:aws:iam::123456789012:user/x' }),
    ).toMatch(/one principal/);
  });
});
