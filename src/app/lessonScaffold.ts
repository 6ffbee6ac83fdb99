import type { Simulation, TimedCall } from '../engine/index';
import { arnName } from '../lib/arn';
import type { Scenario } from './timeline';

/**
 * A lesson scaffold from a sandbox state, for a lesson author: the five files of a lesson folder (lessons/NN-slug/,
 * docs/ARCHITECTURE.md §6), prefilled. The scenario rebuilds the sandbox exactly (every call the sandbox holds,
 * the scenario's own included, at its simulated time, with the same seed); the text lists what is running; there
 * is a goal per service of the state to show the shape of one; the rest is marked TODO for the author.
 * The files are valid TypeScript and frontmatter as written: a lesson folder made of them loads.
 */

export interface ScaffoldFile {
  /** the path in the repository, e.g. `lessons/25-mixed-fleet/scenario.ts` */
  readonly path: string;
  readonly text: string;
}

/** The panels a scaffolded lesson shows; the author removes the ones the lesson does not need. */
const CONTROLS = [
  'editor',
  'runTask',
  'instances',
  'services',
  'console',
  'map',
  'explain',
  'events',
  'time',
];

/** A folder name for the lesson: the next number after the curriculum's 24 and the scenario's title. */
export const scaffoldSlug = (title: string): string =>
  `25-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'new-lesson'
  }`;

/** A string as a single-quoted TypeScript literal (JSON's escapes, which TypeScript reads the same way). */
const quote = (s: string) => `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

/** A JSON value as TypeScript source in the repository's style (bare keys where they can be), at `indent`. */
function literal(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  const lines = (items: string[], open: string, close: string) =>
    items.length === 0
      ? `${open}${close}`
      : `${open}\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}${close}`;
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value))
    return lines(
      value.map((v) => literal(v, inner)),
      '[',
      ']',
    );
  if (value !== null && typeof value === 'object') {
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));
    return lines(
      Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, inner)}`),
      '{',
      '}',
    );
  }
  return JSON.stringify(value);
}

/**
 * The five files for the sandbox `sim` reached from `scenario`: `sim` must be a rebuild from the scenario's start
 * (its `history` holds every call since then; a live session's checkpoint copy does not).
 */
export function lessonScaffold(scenario: Scenario, sim: Simulation): ReadonlyArray<ScaffoldFile> {
  const folder = `lessons/${scaffoldSlug(scenario.title)}`;
  return [
    { path: `${folder}/lesson.md`, text: lessonMarkdown(scenario, sim) },
    { path: `${folder}/scenario.ts`, text: scenarioSource(scenario, sim.history, sim.now) },
    { path: `${folder}/goals.ts`, text: goalsSource(sim) },
    { path: `${folder}/solution.ts`, text: SOLUTION },
    { path: `${folder}/quiz.ts`, text: QUIZ },
  ];
}

function scenarioSource(scenario: Scenario, calls: ReadonlyArray<TimedCall>, now: number): string {
  const lines: string[] = [];
  let at = 0;
  for (const c of calls) {
    if (c.at !== at) lines.push(`    sim.advanceTo(${c.at});`);
    at = c.at;
    lines.push(`    sim.call(${quote(c.service)}, ${quote(c.operation)}, ${literal(c.input, '    ')});`);
  }
  if (now !== at) lines.push(`    sim.advanceTo(${now});`);
  return `import type { LessonScenario, Prediction } from '../../src/course/types';

/**
 * TODO: what the learner starts with, in a sentence or two.
 * Made by the sandbox's lesson scaffold from "${scenario.title.replace(/\*\//g, '* /')}": the calls below rebuild that sandbox
 * exactly, each at its simulated time (seconds).
 */
export default {
  seed: ${scenario.seed},
  build(sim) {
${lines.join('\n')}
  },
  controls: [${CONTROLS.map(quote).join(', ')}],
} satisfies LessonScenario;

export const prediction: Prediction = {
  prompt: 'TODO: the question the learner answers before the sandbox opens.',
  options: [
    { id: 'a', text: 'TODO: the first outcome' },
    { id: 'b', text: 'TODO: the second outcome' },
  ],
  // TODO: read which option came true from the state after the key event
  outcome: () => 'a',
  explanation: 'TODO: why it went that way, in our own words.',
};
`;
}

/** One goal per service in the state, holding it at its current desired count, as an example to edit. */
function goalsSource(sim: Simulation): string {
  const services = Object.values(sim.state.ecs.services).filter((s) => s.status === 'ACTIVE');
  const goals = services.map(
    (s) => `  goal({
    id: ${quote(`${s.serviceName}-steady`)},
    description: ${quote(`TODO: the service ${s.serviceName} runs ${s.desiredCount} tasks.`)},
    holdFor: 60,
    check: (sim) => running(sim, ${quote(arnName(s.clusterArn))}, ${quote(s.serviceName)}, ${s.desiredCount}),
    hints: {
      nudge: 'TODO: where to look',
      pointer: 'TODO: which concept and setting',
      bottomOut: 'TODO: the exact step and why',
    },
  }),`,
  );
  if (goals.length === 0)
    return `import type { Goal } from '../../src/course/types';

// TODO: no service was running when this scaffold was made. Goals are predicates on the state, never on clicks
// (see src/course/goals for the helpers); prove in test/lessons that naive attempts miss them
export default [] satisfies Goal[];
`;
  return `import { goal, met, notYet, tasksWhere } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

/** Met when \`service\` in \`cluster\` has \`count\` RUNNING tasks; otherwise says how many it has. */
function running(sim: Simulation, cluster: string, service: string, count: number): GoalResult {
  const tasks = tasksWhere(sim, { cluster }).filter(
    (t) => t.group === \`service:\${service}\` && t.lastStatus === 'RUNNING',
  );
  return tasks.length === count ? met : notYet(\`\${service} runs \${tasks.length} of \${count} tasks.\`);
}

// TODO: goals are predicates on the state, never on clicks; prove in test/lessons that naive attempts miss them
export default [
${goals.join('\n')}
];
`;
}

const SOLUTION = `import { wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';

// TODO: the steps that meet every goal, e.g. call('ecs', 'UpdateService', { ... }) from the same module as wait
export default [wait(60)] satisfies Step[];

// TODO: other valid ways to meet the goals (the lesson tests play each)
export const alternatives: Step[][] = [];
`;

const QUIZ = `import type { QuizItem } from '../../src/course/types';

// TODO: at least six items, an explanation for every option, exam-shaped where the exams ask (examShape.ts)
export default [
  {
    id: 'TODO-first-item',
    kind: 'single',
    prompt: 'TODO: the question',
    options: [
      { id: 'right', text: 'TODO: the right answer', explanation: 'TODO: why it is right' },
      { id: 'wrong', text: 'TODO: a tempting wrong answer', explanation: 'TODO: why it is wrong' },
    ],
    correct: ['right'],
    tags: { concepts: ['cluster'], exams: ['SAA-C03'], tasks: ['SAA-2.1'] },
  },
] satisfies QuizItem[];
`;

/** The frontmatter and a body whose first section lists what the sandbox holds. */
function lessonMarkdown(scenario: Scenario, sim: Simulation): string {
  const ecs = sim.state.ecs;
  const inventory = Object.values(ecs.clusters)
    .filter((c) => c.status === 'ACTIVE')
    .map((c) => {
      const instances = Object.values(ecs.containerInstances).filter(
        (i) => i.clusterArn === c.clusterArn && i.status === 'ACTIVE',
      );
      const byZone = new Map<string, number>();
      for (const i of instances) {
        const zone = i.attributes.find((a) => a.name === 'ecs.availability-zone')?.value ?? 'no zone';
        byZone.set(zone, (byZone.get(zone) ?? 0) + 1);
      }
      const services = Object.values(ecs.services).filter(
        (s) => s.clusterArn === c.clusterArn && s.status === 'ACTIVE',
      );
      const tasks = Object.values(ecs.tasks).filter(
        (t) => t.clusterArn === c.clusterArn && t.lastStatus === 'RUNNING',
      );
      const zones = [...byZone]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([zone, n]) => `${n} in ${zone}`)
        .join(', ');
      return [
        `- Cluster \`${c.clusterName}\`: ${instances.length} container instance(s)${zones ? ` (${zones})` : ''}, ` +
          `${tasks.length} running task(s).`,
        ...services.map((s) => {
          const running = tasks.filter((t) => t.group === `service:${s.serviceName}`).length;
          return `  - Service \`${s.serviceName}\`: ${s.desiredCount} desired, ${running} running.`;
        }),
      ].join('\n');
    });
  const definitions = Object.values(ecs.taskDefinitions)
    .filter((d) => d.status === 'ACTIVE')
    .map((d) => `\`${d.family}:${d.revision}\``);
  return `---
title: ${scenario.title}
concepts: [cluster, task, service]
minutes: 10
mode: guided
module: TODO
exams: []
objectives:
  - TODO: what the learner can do after this lesson
---

TODO: the situation in two or three sentences, and the question to predict.

## What the sandbox holds

${inventory.join('\n') || '- No cluster yet.'}
${definitions.length ? `- Task definitions: ${definitions.join(', ')}.` : ''}

## TODO: the concept

TODO: short text in our own words; every fact checked against docs/ecs-reference or an AWS page.
`;
}
