import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/loader';
import { stepInput } from '../../src/course/steps';
import type { Lesson, QuizItem, QuizOption, RunIt } from '../../src/course/types';
import {
  createSimulation,
  isAwsError,
  taskEphemeralStorageGiB,
  type Simulation,
} from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/**
 * Exam prep's "run it": an option that is a configuration carries steps that the sandbox plays on the item's
 * lesson scenario (or the runIt's own), then lets `advance` seconds pass (default 120). Every runIt in the course
 * is played here. A rejected AWS call is an outcome the learner is meant to see (a wrong configuration that AWS
 * refuses), but never for a right answer; anything else thrown is a bug. Where an item gives runIt to a right
 * option and to wrong ones, running them must show different outcomes: that is the point of running them.
 */
const course = await loadCourse();

/** Lessons whose items have no option that is a configuration, with the reason. */
const WITHOUT_RUN_IT: Readonly<Record<string, string>> = {
  '15-service-auto-scaling':
    'its configurations are scaling policies, whose effect shows only under each item’s own traffic shape ' +
    '(an I/O-bound API, a known sale); the lesson scenario has one load curve, so a run would mislead',
};

/** What the learner can see after a run, reduced to what differs between configurations. */
interface Outcome {
  /** the AWS error that rejected a step, if one did (playing stops there) */
  readonly rejected?: string;
  readonly services: ReadonlyArray<string>;
  readonly tasks: ReadonlyArray<string>;
  readonly targets: ReadonlyArray<string>;
  readonly decisions: ReadonlyArray<string>;
  readonly listeners: ReadonlyArray<string>;
}

/** Seconds between two looks at the services while time passes (fewest running, most in flight). */
const LOOK_EVERY = 5;

function play(lesson: Lesson, runIt: RunIt): Outcome {
  const scenario = runIt.scenario ?? lesson.scenario;
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  const extremes = new Map<string, { fewest: number; most: number }>();
  // every listener configuration seen on the way (a canary's 90/10 split shows here, not at the end)
  const listenersSeen = new Set<string>();
  const look = () => {
    for (const l of Object.values(sim.state.elbv2.listeners)) {
      listenersSeen.add(`${l.Port} ${JSON.stringify(l.DefaultActions)}`);
    }
    for (const s of Object.values(sim.state.ecs.services)) {
      const key = `${arnName(s.clusterArn)}/${s.serviceName}`;
      const tasks = Object.values(sim.state.ecs.tasks).filter(
        (t) =>
          t.clusterArn === s.clusterArn &&
          t.group === `service:${s.serviceName}` &&
          t.desiredStatus === 'RUNNING',
      );
      const running = tasks.filter((t) => t.lastStatus === 'RUNNING').length;
      const seen = extremes.get(key) ?? { fewest: running, most: tasks.length };
      extremes.set(key, { fewest: Math.min(seen.fewest, running), most: Math.max(seen.most, tasks.length) });
    }
  };
  const pass = (seconds: number) => {
    for (let left = seconds; left > 0; left -= LOOK_EVERY) {
      sim.advance(Math.min(LOOK_EVERY, left));
      look();
    }
  };
  let rejected: string | undefined;
  for (const step of runIt.steps) {
    if ('advance' in step) {
      pass(step.advance);
      continue;
    }
    try {
      sim.callByName(step.call[0], step.call[1], stepInput(sim, step.call[2]));
    } catch (e) {
      if (!isAwsError(e)) throw e;
      rejected = e.name;
      break;
    }
    look();
  }
  if (rejected === undefined) pass(runIt.advance ?? 120);
  return { rejected, ...seen(sim, extremes), listeners: [...listenersSeen].sort() };
}

/** Services (revision, rollout, counts and their extremes), tasks by place and state, target health, IAM decisions. */
function seen(sim: Simulation, extremes: ReadonlyMap<string, { fewest: number; most: number }>) {
  const revision = (arn: string) => arnName(arn);
  const services = Object.values(sim.state.ecs.services).map((s) => {
    const key = `${arnName(s.clusterArn)}/${s.serviceName}`;
    const primary = s.deployments[0];
    const x = extremes.get(key);
    return [
      key,
      s.status,
      primary ? `${revision(primary.taskDefinition)} ${primary.rolloutState}` : 'no deployment',
      primary?.serviceConnect ? 'Service Connect' : '',
      `desired ${s.desiredCount}`,
      x ? `fewest ${x.fewest} most ${x.most}` : '',
    ].join(' · ');
  });
  const tasks = Object.values(sim.state.ecs.tasks).map((t) =>
    [
      revision(t.taskDefinitionArn),
      t.group,
      t.lastStatus,
      `${t.cpu ?? ''}/${t.memory ?? ''} disk ${taskEphemeralStorageGiB(sim.state, t) ?? ''}`,
      t.capacityProviderName ?? t.launchType,
      t.containerInstanceArn ? arnName(t.containerInstanceArn) : t.availabilityZone,
      t.stoppedReason ?? '',
    ].join(' · '),
  );
  const targets = Object.values(sim.state.elbv2.targets).map(
    (t) => `${arnName(t.targetGroupArn)} ${t.health.State}`,
  );
  const decisions = Object.values(sim.state.iam.calls).map((c) => `${c.action} ${c.principal} ${c.decision}`);
  const instances = Object.values(sim.state.ecs.containerInstances)
    .filter((ci) => ci.status === 'ACTIVE')
    .map((ci) => `instance in ${arnName(ci.clusterArn)}`);
  return {
    services: [...services, ...instances].sort(),
    tasks: tasks.sort(),
    targets: targets.sort(),
    decisions: [...new Set(decisions)].sort(),
  };
}

const withRunIt = (item: QuizItem): ReadonlyArray<QuizOption & { runIt: RunIt }> =>
  item.options.filter((o): o is QuizOption & { runIt: RunIt } => o.runIt !== undefined);

const cases = course.lessons.flatMap((lesson) =>
  lesson.quiz
    .filter((q) => withRunIt(q).length > 0)
    .map((item) => [`${lesson.slug} ${item.id}`, lesson, item] as const),
);

describe('run it', () => {
  it('is offered by every lesson whose items have configurations as options', () => {
    const lacking = course.lessons
      .filter((l) => !(l.slug in WITHOUT_RUN_IT))
      .filter((l) => !l.quiz.some((q) => withRunIt(q).length > 0))
      .map((l) => l.slug);
    expect(lacking).toEqual([]);
  });

  it('says what to look at on every option it runs', () => {
    for (const [name, , item] of cases) {
      for (const o of withRunIt(item))
        expect(o.runIt.look.trim().length, `${name} ${o.id}`).toBeGreaterThan(10);
    }
  });
});

describe.each(cases)('run it: %s', (_name, lesson, item) => {
  const outcomes = new Map(withRunIt(item).map((o) => [o.id, play(lesson, o.runIt)] as const));

  it('plays a right configuration without AWS rejecting it', () => {
    for (const id of item.correct) {
      const outcome = outcomes.get(id);
      if (outcome) expect(outcome.rejected, `option ${id}`).toBeUndefined();
    }
  });

  it('shows a different outcome for each wrong configuration than for the right one', () => {
    const right = item.correct.flatMap((id) => outcomes.get(id) ?? []);
    const wrong = [...outcomes].filter(([id]) => !item.correct.includes(id));
    for (const r of right) {
      for (const [id, w] of wrong) expect(w, `wrong option ${id} runs like the right one`).not.toEqual(r);
    }
  });
});
