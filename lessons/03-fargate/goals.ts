import { countBy, goal, met, notYet, revisionsOf, tasksWhere } from '../../src/course/goals';
import type { Simulation, Task } from '../../src/engine/index';

type Revision = ReturnType<typeof revisionsOf>[number];

/** What keeps a render revision from being the brief's Fargate definition (empty when it is). */
export function gapsOf(td: Revision): string[] {
  if (!td.compatibilities.includes('FARGATE') || td.networkMode !== 'awsvpc') {
    return [
      `it is not Fargate-compatible (networkMode ${td.networkMode}, cpu ${td.cpu ?? 'unset'}, memory ${td.memory ?? 'unset'})`,
    ];
  }
  const cpu = Number(td.cpu);
  const memory = Number(td.memory);
  const gaps: string[] = [];
  if (memory < 3072) gaps.push(`memory ${memory} MiB, less than the 3 GB (3072 MiB) the renderer needs`);
  if (memory > 3072) gaps.push(`memory ${memory} MiB, more than the 3 GB needed (you pay for every GB)`);
  if (cpu > 512 && memory >= 3072)
    gaps.push(
      `cpu ${cpu}: a valid pair, but a smaller cpu value in the size table also holds 3 GB and costs less`,
    );
  return gaps;
}

const label = (td: Revision) => `render:${td.revision}`;
const matchingArns = (sim: Simulation) =>
  new Set(
    revisionsOf(sim, 'render')
      .filter((td) => gapsOf(td).length === 0)
      .map((td) => td.taskDefinitionArn as string),
  );

/** RUNNING Fargate tasks in `reports` started from a revision that meets the brief. */
export function fargateRenderTasks(sim: Simulation): ReadonlyArray<Task> {
  const good = matchingArns(sim);
  return tasksWhere(sim, {
    cluster: 'reports',
    family: 'render',
    status: 'RUNNING',
    launchType: 'FARGATE',
  }).filter((t) => good.has(t.taskDefinitionArn));
}

const perAzText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([az, n]) => `${az} ${n}`)
    .join(', ');

export default [
  goal({
    id: 'fargate-size',
    description:
      'Register a render revision that runs on Fargate (awsvpc) at the cheapest valid size that holds 3 GB.',
    check(sim) {
      const revisions = revisionsOf(sim, 'render');
      if (revisions.some((td) => gapsOf(td).length === 0)) return met;
      const newest = revisions.at(-1);
      if (!newest) return notYet('No render revision is registered.');
      return notYet(`${label(newest)}: ${gapsOf(newest).join('; ')}.`);
    },
    hints: {
      nudge:
        'Look at render:1 in the editor: which fields does Fargate need that an EC2 definition can leave out?',
      pointer:
        'Fargate needs networkMode awsvpc and task-level cpu and memory from its size table, and "FARGATE" in ' +
        'requiresCompatibilities. Find the smallest cpu whose memory range includes 3072 MiB.',
      bottomOut:
        'Register `{"family":"render","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"512",' +
        '"memory":"3072","containerDefinitions":[{"name":"render","image":"public.ecr.aws/ecs-sandbox/web:v1",' +
        '"portMappings":[{"containerPort":8080}]}]}`: 0.25 vCPU stops at 2 GB, so 0.5 vCPU is the cheapest with 3 GB.',
    },
  }),
  goal({
    id: 'spread-over-azs',
    description:
      'Run at least 6 render tasks on Fargate from that revision, balanced over three Availability Zones.',
    holdFor: 30,
    check(sim) {
      const tasks = fargateRenderTasks(sim);
      const counts = countBy(tasks, (t) => t.availabilityZone);
      const values = Object.values(counts);
      if (tasks.length >= 6 && values.length === 3 && Math.max(...values) - Math.min(...values) <= 1)
        return met;
      if (matchingArns(sim).size === 0)
        return notYet('No render revision at the cheapest Fargate size for 3 GB is registered yet.');
      const starting = tasksWhere(sim, {
        cluster: 'reports',
        family: 'render',
        launchType: 'FARGATE',
      }).filter((t) => t.lastStatus !== 'RUNNING' && t.lastStatus !== 'STOPPED').length;
      const waiting = starting > 0 ? ` (${starting} more starting)` : '';
      if (tasks.length < 6) return notYet(`${tasks.length} of 6 render tasks RUNNING on Fargate${waiting}.`);
      return notYet(
        `${tasks.length} tasks RUNNING, per AZ ${perAzText(counts)}. Fargate uses only the AZs of the subnets you ` +
          'pass: run more over subnets in all three AZs, or stop the surplus.',
      );
    },
    hints: {
      nudge: 'List the subnets with `aws ec2 describe-subnets`: which Availability Zone is each in?',
      pointer:
        'RunTask with launchType FARGATE needs networkConfiguration.awsvpcConfiguration.subnets. Fargate spreads ' +
        'the tasks over the AZs of the subnets you list; it accepts no placement strategy.',
      bottomOut:
        'Run `aws ecs run-task --cluster reports --task-definition render --launch-type FARGATE --count 6 ' +
        '--network-configuration "awsvpcConfiguration={subnets=[<subnet-a>,<subnet-b>,<subnet-c>],assignPublicIp=ENABLED}"` ' +
        'with the three subnet ids, then let a minute pass.',
    },
  }),
];
