import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../src/engine';
import { engineCatalog, runCommand } from '../../src/app/console';
import { loadCourse } from '../../src/course/loader';
import { instancesOf } from '../../src/course/goals';
import { runSteps } from '../../src/course/steps';
import type { Lesson } from '../../src/course/types';
import { SHOP_LAUNCH_WITHOUT_PROFILE } from '../../lessons/04-ec2-instances/quiz';
import { arnName } from '../../src/lib/arn';

/**
 * cloud-init runs user data as a script only when it starts with #! (or is #cloud-config / MIME multipart);
 * anything else is ignored and the agent joins `default`. Lessons must teach and use user data that works
 * under that rule.
 */
const course = await loadCourse();
const lesson = (slug: string) => course.lessons.find((l) => l.slug === slug)!;

const decode = (userData: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(userData), (c) => c.charCodeAt(0)));

function start(l: Lesson, seed = l.scenario.seed): Simulation {
  const sim = createSimulation({ seed });
  l.scenario.build(sim);
  return sim;
}

/** Container instances per cluster name, e.g. { shop: 2 }. */
function registeredByCluster(sim: Simulation): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ci of Object.values(sim.state.ecs.containerInstances)) {
    const name = arnName(ci.clusterArn);
    out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

describe('user data in the lessons', () => {
  it('starts with #! for every instance a scenario, solution or alternative launches', () => {
    for (const l of course.lessons) {
      for (const steps of [[], l.solution, ...l.alternatives]) {
        const sim = start(l);
        runSteps(sim, steps);
        for (const instance of Object.values(sim.state.ec2.instances)) {
          if (instance.UserData === undefined) continue;
          expect(decode(instance.UserData).startsWith('#!'), `${l.slug} ${instance.InstanceId}`).toBe(true);
        }
      }
    }
  });

  it('lesson 04 spot-the-bug shows exactly one bug: the missing instance profile', () => {
    const item = lesson('04-ec2-instances').quiz.find((q) => q.id === 'missing-profile-json')!;
    expect(item.kind).toBe('spot-the-bug');
    const shown = JSON.parse((item as { json: string }).json) as typeof SHOP_LAUNCH_WITHOUT_PROFILE;
    expect(shown).toEqual(SHOP_LAUNCH_WITHOUT_PROFILE);
    expect(decode(shown.UserData)).toBe('#!/bin/bash\necho ECS_CLUSTER=shop >> /etc/ecs/ecs.config');

    const launch = (input: object) => {
      const sim = createSimulation({ seed: 9 });
      sim.callByName('ecs', 'CreateCluster', { clusterName: 'shop' });
      sim.callByName('ec2', 'RunInstances', input);
      sim.advance(300);
      return registeredByCluster(sim);
    };
    expect(launch(shown)).toEqual({});
    expect(launch({ ...shown, IamInstanceProfile: { Name: 'ecsInstanceRole' } })).toEqual({ shop: 2 });
    // the same script without its first line is ignored by cloud-init: the agent joins default instead
    const noShebang = btoa('echo ECS_CLUSTER=shop >> /etc/ecs/ecs.config');
    expect(
      launch({ ...shown, UserData: noShebang, IamInstanceProfile: { Name: 'ecsInstanceRole' } }),
    ).toEqual({
      default: 2,
    });
  });

  it("lesson 04's bottom-out hint, typed into the console, brings two instances into shop", () => {
    const l = lesson('04-ec2-instances');
    const hint = l.goals.find((g) => g.id === 'instances-joined')!.hints.bottomOut;
    const command = /`(aws ec2 run-instances [^`]+)`/.exec(hint)![1]!;
    const sim = start(l);
    const result = runCommand(command, sim, engineCatalog());
    expect(result.stderr).toBe('');
    expect(result.ok).toBe(true);
    sim.advance(150);
    expect(instancesOf(sim, 'shop').filter((ci) => ci.agentConnected)).toHaveLength(2);
  });
});
