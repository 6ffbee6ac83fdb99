import { describe, expect, it } from 'vitest';
import { shiftChoices, shiftFormOf, shiftUpdateInput } from '../../src/app/shiftForm';
import { trafficShiftView } from '../../src/app/trafficShift';
import { runSteps } from '../../src/course/steps';
import { createSimulation } from '../../src/engine';
import scenario from '../../lessons/18-blue-green-canary/scenario';
import { alarmOn5xx, CANARY_10, deploy } from '../../lessons/18-blue-green-canary/solution';

const world = () => {
  const sim = createSimulation({ seed: 18 });
  scenario.build(sim);
  return sim;
};
const webArn = (sim: ReturnType<typeof world>) => Object.keys(sim.state.ecs.services)[0]!;

describe('trafficShiftView', () => {
  it('is undefined for a ROLLING service', () => {
    const sim = world();
    expect(trafficShiftView(sim.state, webArn(sim), sim.now)).toBeUndefined();
  });

  it('shows the canary: stage, weights and tasks per colour, and the wait left', () => {
    const sim = world();
    runSteps(sim, [deploy({ taskDefinition: 'web:3', deploymentConfiguration: CANARY_10 })]);
    sim.advance(120);
    const view = trafficShiftView(sim.state, webArn(sim), sim.now)!;
    expect(view).toMatchObject({
      strategy: 'CANARY',
      stage: 'PRODUCTION_TRAFFIC_SHIFT',
      blue: { revision: 'web:1', tasks: 4, production: 90, test: 0 },
      green: { revision: 'web:3', tasks: 4, production: 10, test: 100 },
      waitLabel: 'until the next shift',
    });
    expect(view.waitLeft).toBeGreaterThan(0);
    expect(view.waitLeft).toBeLessThanOrEqual(300);
  });

  it('says why the alarm rolled v2 back', () => {
    const sim = world();
    runSteps(sim, [alarmOn5xx(), deploy({ taskDefinition: 'web:2', deploymentConfiguration: CANARY_10 })]);
    sim.advance(300);
    const view = trafficShiftView(sim.state, webArn(sim), sim.now)!;
    expect(view.rollbackReason).toMatch(/web-5xx went into ALARM/);
    expect(view.green.production).toBe(0);
    expect(view.blue.production).toBe(100);
  });
});

describe('shiftUpdateInput', () => {
  it('builds an UpdateService the engine accepts, and the next deployment shifts as a canary', () => {
    const sim = world();
    const arn = webArn(sim);
    const tgs = Object.values(sim.state.elbv2.targetGroups);
    const rules = shiftChoices(sim.state, tgs[0]!.TargetGroupArn).listenerRules;
    expect(rules.map((l) => l.label)).toEqual(['web-alb :443 default rule', 'web-alb :8443 default rule']);
    const form = {
      ...shiftFormOf(sim.state, arn),
      strategy: 'CANARY' as const,
      percent: 10,
      stepBakeTimeInMinutes: 5,
      alternateTargetGroupArn: tgs.find((t) => t.TargetGroupName === 'web-green')!.TargetGroupArn as string,
      productionRule: rules[0]!.arn,
      testRule: rules[1]!.arn,
    };
    sim.call('ecs', 'UpdateService', shiftUpdateInput(sim.state, arn, form));
    expect(shiftFormOf(sim.state, arn)).toMatchObject({ strategy: 'CANARY', percent: 10 });
    sim.call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', taskDefinition: 'web:3' });
    sim.advance(120);
    expect(trafficShiftView(sim.state, arn, sim.now)).toMatchObject({ green: { production: 10 } });
  });
});
