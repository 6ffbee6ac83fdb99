import { launchContainerInstances } from '../../src/course/fixtures';
import type { QuizItem } from '../../src/course/types';
import { isAwsError, type Simulation } from '../../src/engine/index';

/** Cluster `q` with two c5.large (one tagged pool=ml via ECS_INSTANCE_ATTRIBUTES) and one m5.large. */
function cluster(newSim: (seed: number) => Simulation): Simulation {
  const sim = newSim(3);
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  const launch = (instanceType: string, availabilityZone: string, extraConfig: Record<string, string> = {}) =>
    launchContainerInstances(sim, { cluster: 'q', instanceType, availabilityZone, extraConfig });
  launch('c5.large', 'us-east-1a', { ECS_INSTANCE_ATTRIBUTES: '{"pool":"ml"}' });
  launch('c5.large', 'us-east-1b');
  launch('m5.large', 'us-east-1c');
  sim.advance(120);
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'cache',
    containerDefinitions: [{ name: 'cache', image: 'nginx:latest', cpu: 128, memoryReservation: 256 }],
  });
  return sim;
}

/** How many instances of `q` a filter selects, or the error name when the expression is rejected. */
function select(sim: Simulation, filter: string): number | string {
  try {
    return sim.call('ecs', 'ListContainerInstances', { cluster: 'q', filter }).containerInstanceArns.length;
  } catch (e) {
    return isAwsError(e) ? e.name : 'error';
  }
}

export default [
  {
    id: 'regex-operator',
    kind: 'single',
    prompt: 'Which expression selects instances of every c5 size (c5.large, c5.xlarge, …)?',
    options: [
      {
        id: 'match',
        text: 'attribute:ecs.instance-type =~ c5.*',
        explanation: 'Right: =~ matches a regular expression.',
      },
      {
        id: 'equals',
        text: 'attribute:ecs.instance-type == c5.*',
        explanation: '== compares the text literally, and no instance type is literally "c5.*".',
      },
      {
        id: 'no-prefix',
        text: 'ecs.instance-type =~ c5.*',
        explanation:
          'Attributes need the attribute: prefix; without it the subject is unknown and the expression is rejected.',
      },
      {
        id: 'in',
        text: 'attribute:ecs.instance-type in c5',
        explanation: 'in takes a bracketed list of exact values, such as [c5.large, c5.xlarge].',
      },
    ],
    correct: ['match'],
    tags: { concepts: ['cluster query language', 'memberOf'], exams: ['SAA-C03', 'DOP-C02'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return (
        select(sim, 'attribute:ecs.instance-type =~ c5.*') === 2 &&
        select(sim, 'attribute:ecs.instance-type == c5.*') === 0 &&
        select(sim, 'ecs.instance-type =~ c5.*') === 'InvalidParameterException'
      );
    },
  },
  {
    id: 'gpu-placement',
    kind: 'single',
    prompt:
      'An ECS cluster on EC2 mixes g5 (GPU) and m6i instances. An inference task must run on a GPU instance and ' +
      'its container must be able to use one GPU. What meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'resource',
        text: 'Add resourceRequirements [{"type": "GPU", "value": "1"}] to the container definition.',
        explanation:
          'Right. The task then needs a free GPU, so placement only picks instances that have one, and the ' +
          'agent assigns that GPU to the container.',
      },
      {
        id: 'memberof',
        text: 'Add a memberOf constraint attribute:ecs.instance-type =~ g5.* and nothing else.',
        explanation:
          'The task lands on a g5, but nothing reserves a GPU for it: the container gets none, and two such ' +
          'tasks could both count on the same card.',
      },
      {
        id: 'cluster',
        text: 'Create a second ECS cluster that holds only the g5 instances.',
        explanation:
          'It keeps the task on GPU hosts but adds a cluster to run, and still gives the container no GPU.',
      },
      {
        id: 'fargate',
        text: 'Run the task on AWS Fargate with a large task size.',
        explanation: 'Fargate offers no GPUs.',
      },
    ],
    correct: ['resource'],
    tags: {
      concepts: ['GPU', 'resourceRequirements', 'memberOf'],
      exams: ['SAA-C03', 'DOP-C02'],
      facts: ['F12', 'F18'],
    },
  },
  {
    id: 'one-per-host',
    kind: 'single',
    prompt:
      'A cache tier runs 3 tasks on EC2. For the highest availability, losing one instance must never take out ' +
      'more than one copy, and a copy should rather stay unplaced than share an instance. Which placement setting ' +
      'meets this?',
    options: [
      {
        id: 'distinct',
        text: 'The distinctInstance placement constraint.',
        explanation:
          'Right. A constraint is a rule: no instance ever gets a second copy; a copy that finds no free instance is not placed.',
      },
      {
        id: 'spread',
        text: 'A spread strategy on instanceId.',
        explanation:
          'Spread balances as well as it can, but with fewer instances than copies it doubles up: strategies are preferences.',
      },
      {
        id: 'daemon',
        text: 'The DAEMON scheduling strategy.',
        explanation:
          'DAEMON runs one copy on every instance, so the number of copies follows the fleet instead of staying at 3.',
      },
      {
        id: 'binpack',
        text: 'A binpack strategy on memory.',
        explanation: 'binpack does the opposite: it puts copies together on the fullest instance.',
      },
    ],
    correct: ['distinct'],
    tags: {
      concepts: ['distinctInstance', 'spread', 'high availability'],
      exams: ['SAA-C03', 'DOP-C02'],
      misconceptions: ['M5'],
      facts: ['F6', 'F43'],
    },
  },
  {
    id: 'not-equals-missing',
    kind: 'single',
    prompt:
      'Only one of three instances has a custom attribute, pool=ml; the other two have no pool attribute. How many ' +
      'does `attribute:pool != ml` select?',
    options: [
      {
        id: 'zero',
        text: 'None: != only matches instances that have the attribute with a different value.',
        explanation: 'Right: an instance without the attribute matches neither == nor !=.',
      },
      {
        id: 'two',
        text: 'Two: every instance whose pool is not ml, including those without one.',
        explanation: 'To include instances without the attribute, write not(attribute:pool == ml).',
      },
      {
        id: 'three',
        text: 'All three: comparisons with a missing attribute are ignored.',
        explanation: 'A missing attribute makes the condition false, not ignored.',
      },
    ],
    correct: ['zero'],
    tags: {
      concepts: ['cluster query language', 'custom attributes'],
      exams: ['SAA-C03', 'DOP-C02'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return select(sim, 'attribute:pool != ml') === 0 && select(sim, 'not(attribute:pool == ml)') === 2;
    },
  },
  {
    id: 'attribute-later',
    kind: 'single',
    prompt:
      'An instance registered yesterday without custom attributes. You want memberOf `attribute:pool == ml` to ' +
      'select it today. What do you do?',
    options: [
      {
        id: 'put',
        text: 'Call PutAttributes with name pool, value ml, targeting its container instance.',
        explanation: 'Right: the attribute applies at once, no restart needed.',
      },
      {
        id: 'config',
        text: 'Add ECS_INSTANCE_ATTRIBUTES={"pool":"ml"} to ecs.config and wait for the next poll.',
        explanation: 'The agent reads ECS_INSTANCE_ATTRIBUTES only when the instance first registers.',
      },
      {
        id: 'tag',
        text: 'Add an EC2 tag pool=ml to the instance.',
        explanation: 'EC2 tags are not container instance attributes; the query language does not see them.',
      },
    ],
    correct: ['put'],
    tags: { concepts: ['custom attributes', 'PutAttributes'], exams: ['SAA-C03', 'DOP-C02'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const [untagged] = sim.call('ecs', 'ListContainerInstances', {
        cluster: 'q',
        filter: 'attribute:ecs.instance-type =~ c5.* and attribute:pool !exists',
      }).containerInstanceArns;
      const before = select(sim, 'attribute:pool == ml');
      sim.call('ecs', 'PutAttributes', {
        cluster: 'q',
        attributes: [{ name: 'pool', value: 'ml', targetType: 'container-instance', targetId: untagged }],
      });
      return before === 1 && select(sim, 'attribute:pool == ml') === 2;
    },
  },
  {
    id: 'in-list',
    kind: 'single',
    prompt: 'Which filter lists the instances in us-east-1a or us-east-1b?',
    options: [
      {
        id: 'in',
        text: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
        explanation: 'Right: in takes a list in square brackets.',
      },
      {
        id: 'or-bare',
        text: 'attribute:ecs.availability-zone == us-east-1a or us-east-1b',
        explanation:
          'Each side of or must be a whole condition; "us-east-1b" alone is not one, so it is rejected.',
      },
      {
        id: 'parens',
        text: 'attribute:ecs.availability-zone in (us-east-1a, us-east-1b)',
        explanation: 'Parentheses group conditions; a list of values needs square brackets.',
      },
    ],
    correct: ['in'],
    tags: { concepts: ['cluster query language'], exams: ['SAA-C03', 'DOP-C02'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return (
        select(sim, 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]') === 2 &&
        select(sim, 'attribute:ecs.availability-zone == us-east-1a or us-east-1b') ===
          'InvalidParameterException' &&
        select(sim, 'attribute:ecs.availability-zone in (us-east-1a, us-east-1b)') ===
          'InvalidParameterException'
      );
    },
  },
  {
    id: 'anti-affinity',
    kind: 'single',
    prompt:
      'A report job must never share an instance with tasks of the group database. Which memberOf expression does it?',
    options: [
      {
        id: 'not-group',
        text: 'not(task:group == database)',
        explanation:
          'Right: task:group looks at the tasks already on each instance; not(...) keeps the others.',
      },
      {
        id: 'attribute',
        text: 'attribute:group != database',
        explanation:
          'Task groups are not instance attributes; this looks for a custom attribute called group.',
      },
      {
        id: 'distinct',
        text: 'distinctInstance with expression database',
        explanation:
          'distinctInstance takes no expression, and it separates a task from its own group, not another one.',
      },
    ],
    correct: ['not-group'],
    tags: { concepts: ['task group', 'memberOf'], exams: ['DOP-C02', 'SAA-C03'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const db = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        group: 'database',
      });
      const out = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        count: 6,
        placementConstraints: [{ type: 'memberOf', expression: 'not(task:group == database)' }],
      });
      const dbHost = db.tasks[0]!.containerInstanceArn;
      return out.tasks.length === 6 && out.tasks.every((t) => t.containerInstanceArn !== dbHost);
    },
  },
  {
    id: 'distinct-expression',
    kind: 'spot-the-bug',
    prompt: 'This RunTask request is rejected. Which part is wrong?',
    json: JSON.stringify(
      {
        cluster: 'analytics',
        taskDefinition: 'ml',
        count: 2,
        placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:pool == ml' }],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'expression',
        text: 'distinctInstance takes no expression; filtering by attribute needs a separate memberOf constraint.',
        explanation: 'Right: use two constraints, one distinctInstance and one memberOf with the expression.',
      },
      {
        id: 'quotes',
        text: 'ml must be in single quotes.',
        explanation: 'Plain values without spaces or special characters need no quotes.',
      },
      {
        id: 'count',
        text: 'count must be 1 when a constraint is given.',
        explanation: 'Constraints apply to each task of a request; any count from 1 to 10 is fine.',
      },
    ],
    correct: ['expression'],
    tags: { concepts: ['distinctInstance', 'memberOf'], exams: ['SAA-C03', 'DOP-C02'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      try {
        sim.call('ecs', 'RunTask', {
          cluster: 'q',
          taskDefinition: 'cache',
          count: 2,
          placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:pool == ml' }],
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.name === 'InvalidParameterException';
      }
    },
  },
  {
    id: 'where-constraints',
    kind: 'multiple',
    prompt: 'Which of these are accepted? (Choose three.)',
    options: [
      {
        id: 'td-memberof',
        text: 'A memberOf constraint in a task definition.',
        explanation: 'Right: every task of that definition then obeys it.',
      },
      {
        id: 'run-distinct',
        text: 'A distinctInstance constraint in a RunTask request.',
        explanation: 'Right.',
      },
      {
        id: 'run-memberof',
        text: "A memberOf constraint in a RunTask request, on top of the task definition's.",
        explanation: 'Right: both sets apply together, up to 10 constraints.',
      },
      {
        id: 'td-distinct',
        text: 'A distinctInstance constraint in a task definition.',
        explanation: 'distinctInstance belongs to a request or a service, never to a task definition.',
      },
    ],
    correct: ['td-memberof', 'run-distinct', 'run-memberof'],
    tags: { concepts: ['placement constraint'], exams: ['SAA-C03', 'DOP-C02'], facts: ['F44'] },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const container = [{ name: 'x', image: 'nginx:latest', memoryReservation: 128 }];
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'x',
        containerDefinitions: container,
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:pool == ml' }],
      });
      try {
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'y',
          containerDefinitions: container,
          placementConstraints: [{ type: 'distinctInstance' }],
        });
        return false;
      } catch (e) {
        return isAwsError(e);
      }
    },
  },
  {
    id: 'distinct-five-on-three',
    // repeats the lesson's prediction: kept out of the lesson's quiz, still in exam prep
    twinOfPrediction: true,
    kind: 'single',
    prompt:
      'A cluster has 3 instances with plenty of room. RunTask asks for 5 tasks with the distinctInstance ' +
      'constraint. What comes back?',
    options: [
      {
        id: 'three-two',
        text: '3 tasks, and 2 failures saying the DistinctInstance constraint is unsatisfied.',
        explanation:
          'Right: the constraint binds, and with the EC2 launch type RunTask reports what it could not place instead of waiting.',
      },
      {
        id: 'five',
        text: '5 tasks: constraints are best effort, so two instances take a second copy.',
        explanation: 'That is how a spread strategy behaves. Constraints never bend.',
      },
      {
        id: 'pending',
        text: '5 tasks, 2 of them PENDING until more instances register.',
        explanation:
          'With the EC2 launch type, as here, RunTask reports what it cannot place as failures instead of holding it; only a capacity provider with managed scaling keeps tasks waiting (in PROVISIONING) for new instances.',
      },
      {
        id: 'error',
        text: 'An InvalidParameterException: count may not exceed the number of instances.',
        explanation: 'The request is valid; it just cannot be met in full.',
      },
    ],
    correct: ['three-two'],
    tags: {
      concepts: ['distinctInstance'],
      exams: ['SAA-C03', 'DOP-C02'],
      misconceptions: ['M5'],
      facts: ['F43', 'F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const out = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        count: 5,
        placementConstraints: [{ type: 'distinctInstance' }],
      });
      return (
        out.tasks.length === 3 &&
        new Set(out.tasks.map((t) => t.containerInstanceArn)).size === 3 &&
        out.failures.some((f) => f.reason === 'DistinctInstance placement constraint unsatisfied.')
      );
    },
  },
] satisfies QuizItem[];
