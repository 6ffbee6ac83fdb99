import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubernetesInput } from '../../src/app/kubernetes/fromSimulation';
import { translate, type K8sObject } from '../../src/app/kubernetes/translate';
import { GoalTracker } from '../../src/course/goals';
import { runSteps } from '../../src/course/steps';
import type { QuizItem } from '../../src/course/types';
import { CLUSTER, SERVICE } from '../../lessons/23-eks-alternative/eks';
import goals from '../../lessons/23-eks-alternative/goals';
import bank from '../../lessons/23-eks-alternative/quiz';
import scenario, { prediction } from '../../lessons/23-eks-alternative/scenario';
import solution, { alternatives } from '../../lessons/23-eks-alternative/solution';
import { eks23Attempts } from './naiveAttempts23';
import { proofKit } from './proofKit';

/**
 * Lesson 23 proves itself: its start (nothing of orders on ECS, a role ECS cannot assume), the manifest in its
 * text against the translator's view of the solved service, its solution and alternatives over several seeds, the
 * naive attempts that must fail, and the quiz claims the engine can check.
 */

const { body, lessonStart, check, why, ids, solvedBy, itMisses } = proofKit(
  '23-eks-alternative',
  scenario,
  goals,
);
const ALL = ['behind-alb', 'same-pod', 'task-role'];
const quiz: ReadonlyArray<QuizItem> = bank;
const SEEDS = [1, 2, 3, 23];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** The manifest of the lesson text, object by kind. */
function manifest(): Record<string, Any> {
  const yamlBlock = /```yaml\n([\s\S]*?)```/.exec(body)![1]!;
  return Object.fromEntries(
    parseAllDocuments(yamlBlock)
      .map((d) => ('toJS' in d ? (d.toJS() as Any) : undefined))
      .map((o) => [o.kind, o]),
  );
}

/** Kubernetes `1Gi` / `512Mi` in MiB. */
const mib = (q: string) => (q.endsWith('Gi') ? Number(q.slice(0, -2)) * 1024 : Number(q.replace(/Mi$/, '')));

describe('lesson 23: its start', () => {
  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(ids).toEqual(ALL);
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    for (const id of ALL)
      expect(why(check(sim, id))).toMatch(/There is no service orders in cluster shop yet/);
  });

  it('bears out the prediction: the unchanged IRSA role gives the task no credentials', () => {
    expect(prediction.outcome(lessonStart())).toBe('no-credentials');
  });
});

describe('lesson 23: the manifest and the translator agree on the solved service', () => {
  it('translates the solution back into the Deployment, Service and ServiceAccount of the text', () => {
    const { sim } = solvedBy(solution);
    const t = translate(kubernetesInput(sim, { kind: 'service', cluster: CLUSTER, service: SERVICE }));
    const byKind = Object.fromEntries(t.objects.map((o) => [o.object.kind, o.object as K8sObject & Any]));
    const want = manifest();
    const wantContainer = want.Deployment.spec.template.spec.containers[0];
    const got = byKind.Deployment;
    const gotContainer = got.spec.template.spec.containers[0];
    expect(got.spec.replicas).toBe(want.Deployment.spec.replicas);
    expect(gotContainer.image).toBe(wantContainer.image);
    expect(gotContainer.ports).toEqual(wantContainer.ports);
    expect(gotContainer.resources.requests.cpu).toBe(wantContainer.resources.requests.cpu);
    expect(mib(gotContainer.resources.requests.memory)).toBe(mib(wantContainer.resources.requests.memory));
    expect(gotContainer.resources.limits.cpu).toBe(wantContainer.resources.limits.cpu);
    expect(byKind.Service.spec.type).toBe(want.Service.spec.type);
    expect(byKind.Service.spec.ports).toEqual([{ ...want.Service.spec.ports[0], protocol: 'TCP' }]);
    expect(byKind.ServiceAccount.metadata.annotations).toEqual(want.ServiceAccount.metadata.annotations);
    expect(got.spec.template.spec.serviceAccountName).toBe(
      want.Deployment.spec.template.spec.serviceAccountName,
    );
  });
});

describe('lesson 23: the solution and its alternatives', () => {
  it.each(SEEDS)('the solution meets every goal (seed %i)', (seed) => {
    expect(solvedBy(solution, seed).met).toEqual(ALL);
  });

  it.each(alternatives.map((a, i) => [i, a] as const))('alternative %i meets every goal', (_i, steps) => {
    for (const seed of [1, 23]) expect(solvedBy(steps, seed).met).toEqual(ALL);
  });
});

const naive = eks23Attempts;

describe('lesson 23: naive attempts meet none of the goals they miss', () => {
  itMisses(naive);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, naive.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('takes 500m', 'same-pod')).toMatch(
      /task CPU is 256; the pod asks for 500m = half a vCPU = 512 CPU units/,
    );
    expect(say('takes 500m', 'same-pod')).toMatch(/task memory is 512 MiB; the pod asks for 1Gi = 1024 MiB/);
    expect(say('leaves out the load balancer', 'behind-alb')).toMatch(/has no load balancer/);
    expect(say('uses orders-app as it is', 'task-role')).toMatch(/does not trust ecs-tasks\.amazonaws\.com/);
    expect(say('makes a new role', 'task-role')).toMatch(/AccessDenied/);
  });
});

describe('lesson 23: quiz', () => {
  it('has exam-shaped prompts for at least half its items', () => {
    const shaped = quiz.filter((q) => /\b(MOST|LEAST|Which TWO)\b/.test(q.prompt));
    expect(shaped.length * 2).toBeGreaterThanOrEqual(quiz.length);
  });
});
