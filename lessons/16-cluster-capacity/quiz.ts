import { startOf, refusedBy } from '../../src/course/quizChecks';
import { goalsMetAfterHolding } from '../../src/course/goals';
import { runSteps, wait } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CLUSTER, GROUP, PROVIDER, points, reportsService, reportsTasks, SERVICE } from './capacity';
import goals from './goals';
import scenario from './scenario';
import solution, { deleteCpuPolicy, managedScaling, protectNewInstances } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

const running = (sim: Simulation) =>
  reportsTasks(sim).filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING').length;
const instances = (sim: Simulation) =>
  sim.state.autoscaling.groups[GROUP]!.Instances.filter((i) => i.termination === undefined).length;
const setReports = (sim: Simulation, desiredCount: number) =>
  sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, desiredCount });

/** "Run it" for headroom: the lesson's group under managed scaling at `targetCapacity`, the batch running. */
const managedAt = (targetCapacity: number): RunIt => ({
  steps: [deleteCpuPolicy, protectNewInstances, managedScaling(targetCapacity, 'ENABLED'), wait(900)],
  advance: 120,
  look: 'the instances the group keeps beyond what the tasks need (the spare room new tasks start on at once)',
});

export default [
  {
    id: 'pending-cpu-low',
    kind: 'single',
    prompt:
      'An ECS cluster on EC2 gets its instances from an Auto Scaling group with a target tracking policy on ' +
      'average CPU at 60 %. After a release that raised each task’s memory reservation, new tasks cannot be ' +
      'placed while the cluster’s CPU stays near 20 % and no instance is launched. Which solution fixes this ' +
      'with the LEAST operational overhead?',
    options: [
      {
        id: 'managed-scaling',
        text: 'Use an Auto Scaling group capacity provider with managed scaling for the service, and remove the CPU policy.',
        explanation:
          'Right: managed scaling tracks CapacityProviderReservation, which counts the instances the tasks need, ' +
          'waiting ones included, so the group grows when tasks do not fit.',
      },
      {
        id: 'lower-cpu-target',
        text: 'Lower the CPU policy’s target to 15 %.',
        explanation:
          'CPU use still says nothing about reserved memory: the group may grow now and then, but not because ' +
          'tasks are waiting, and it may shrink while they are.',
      },
      {
        id: 'memory-reservation-alarm',
        text: 'Add step scaling on a CloudWatch alarm on the cluster’s MemoryReservation.',
        explanation:
          'The older pattern. It reacts to reservations, but a full cluster reads 100 % whether one task waits or ' +
          'fifty, and you build and tune the alarms and steps yourself.',
      },
      {
        id: 'bigger-instances',
        text: 'Raise the group’s desired capacity by hand before each release.',
        explanation:
          'That works until the next change in load; it is the opposite of low operational overhead.',
      },
    ],
    correct: ['managed-scaling'],
    engineCheck(newSim) {
      const untouched = world(newSim);
      untouched.advance(900);
      const fixed = world(newSim);
      runSteps(fixed, [deleteCpuPolicy, protectNewInstances, managedScaling(100, 'ENABLED')]);
      fixed.advance(600);
      return running(untouched) === 4 && instances(untouched) === 2 && running(fixed) === 8;
    },
    tags: {
      concepts: ['managed scaling', 'CapacityProviderReservation'],
      exams: ['SAA-C03', 'SOA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'SOA-2.1', 'DOP-3.2'],
      misconceptions: ['M8'],
      facts: ['F49'],
    },
  },
  {
    id: 'headroom',
    kind: 'single',
    prompt:
      'A service on an EC2 capacity provider with managed scaling gets bursts of new tasks. Each burst waits ' +
      'a few minutes for instances to launch, and the business wants the tasks to start at once. A little ' +
      'extra EC2 cost is acceptable. Which change is MOST appropriate?',
    options: [
      {
        id: 'target-80',
        text: 'Set the capacity provider’s targetCapacity to 80.',
        explanation:
          'Right: managed scaling then keeps about 20 % of the instances free, so a burst finds room at once; ' +
          'the extra instances are the cost.',
        runIt: managedAt(80),
      },
      {
        id: 'target-100',
        text: 'Keep targetCapacity at 100, the most efficient value.',
        explanation: 'At 100 no instance is spare: every task beyond the current room waits for a launch.',
        runIt: managedAt(100),
      },
      {
        id: 'target-150',
        text: 'Set targetCapacity to 150 so that the group adds half again as many instances.',
        explanation:
          'targetCapacity is a percentage of use between 1 and 100; headroom means a lower value, not a higher one.',
        runIt: managedAt(150),
      },
      {
        id: 'max-step',
        text: 'Raise maximumScalingStepSize.',
        explanation:
          'That lets one scale-out add more instances, but the tasks still wait for them to launch.',
      },
    ],
    correct: ['target-80'],
    engineCheck(newSim) {
      // at 80 % the group keeps a free instance, so a new task runs within 30 s, before any launch; 150 is refused
      const sim = world(newSim);
      runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(80, 'ENABLED', 60)]);
      sim.advance(900);
      const before = instances(sim);
      setReports(sim, 9);
      sim.advance(30);
      const outOfRange = refusedBy(
        () =>
          sim.call('ecs', 'UpdateCapacityProvider', {
            name: PROVIDER,
            autoScalingGroupProvider: { managedScaling: { status: 'ENABLED', targetCapacity: 150 } },
          }),
        /targetCapacity/,
      );
      return running(sim) === 9 && instances(sim) === before && outOfRange;
    },
    tags: {
      concepts: ['targetCapacity', 'managed scaling'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F50'],
    },
  },
  {
    id: 'busy-instance-terminated',
    kind: 'single',
    prompt:
      'During a quiet night, the Auto Scaling group behind an ECS capacity provider terminated two ' +
      'instances that were running tasks, and users saw errors. The team wants scale-in to remove only ' +
      'instances without tasks. Which configuration meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'mtp',
        text: 'Managed termination protection on the capacity provider, with scale-in protection for new instances on the group.',
        explanation:
          'Right: ECS then keeps instances that run tasks protected and lifts the protection only from empty ones.',
      },
      {
        id: 'termination-policy',
        text: 'The group’s termination policy OldestInstance.',
        explanation: 'The oldest instance may be the busiest; the policy knows nothing about tasks.',
      },
      {
        id: 'cooldown',
        text: 'A longer default cooldown on the group.',
        explanation: 'Scale-in would come later, but still pick instances with tasks.',
      },
      {
        id: 'min-size',
        text: 'Raise the group’s MinSize to the daytime count.',
        explanation: 'That stops scale-in altogether and pays for idle instances all night.',
      },
    ],
    correct: ['mtp'],
    engineCheck(newSim) {
      // refused while the group does not protect new instances; with both, scale-in takes only idle instances
      const sim = world(newSim);
      const needsGroupProtection = refusedBy(
        () => runSteps(sim, [managedScaling(100, 'ENABLED')]),
        /NewInstancesProtectedFromScaleIn/,
      );
      const solved = world(newSim);
      runSteps(solved, solution);
      return needsGroupProtection && goalsMetAfterHolding(solved, goals).has('idle-only-scale-in');
    },
    tags: {
      concepts: ['managed termination protection', 'scale-in protection'],
      exams: ['DOP-C02', 'SOA-C03'],
      tasks: ['DOP-3.2', 'SOA-2.1'],
      facts: ['F51'],
    },
  },
  {
    id: 'cpr-value',
    kind: 'single',
    prompt:
      'A capacity provider’s Auto Scaling group runs 4 instances. Its running tasks and those waiting in ' +
      'PROVISIONING need 6 instances in all. What is its CapacityProviderReservation, and what happens with ' +
      'targetCapacity 100?',
    options: [
      {
        id: '150-out',
        text: '150: the group scales out toward 6 instances.',
        explanation: 'Right: 6 needed over 4 running × 100 = 150, above the target of 100.',
      },
      {
        id: '67-in',
        text: '67: the group scales in.',
        explanation: 'That is N over M, upside down: the metric is instances needed over instances running.',
      },
      {
        id: '100-none',
        text: '100: nothing happens until the waiting tasks time out.',
        explanation: 'Waiting tasks count in M; that is what makes managed scaling add instances.',
      },
      {
        id: '200-out',
        text: '200: the group doubles.',
        explanation: '200 is the special value for tasks waiting while the group has no instance at all.',
      },
    ],
    correct: ['150-out'],
    engineCheck(newSim) {
      // the group may not pass 4 instances (8 tasks); 12 tasks need 6
      const sim = world(newSim);
      sim.call('autoscaling', 'UpdateAutoScalingGroup', { AutoScalingGroupName: GROUP, MaxSize: 4 });
      runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(100, 'ENABLED')]);
      sim.advance(600);
      setReports(sim, 12);
      sim.advance(300);
      const cpr = points(sim, 'AWS/ECS/ManagedScaling', 'CapacityProviderReservation', {
        CapacityProviderName: PROVIDER,
        ClusterName: CLUSTER,
      }).at(-1)!;
      return instances(sim) === 4 && running(sim) === 8 && cpr.max === 150;
    },
    tags: {
      concepts: ['CapacityProviderReservation'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-3.2', 'SAA-3.2'],
      facts: ['F49'],
    },
  },
  {
    id: 'service-scaling-no-instances',
    kind: 'single',
    prompt:
      'A service has target tracking on CPU and runs on an EC2 cluster whose Auto Scaling group has a fixed ' +
      'size. A traffic spike raises the desired count from 6 to 12. What happens to the 6 new tasks?',
    options: [
      {
        id: 'not-placed',
        text: 'Those that do not fit on the existing instances are not placed; nothing adds instances.',
        explanation:
          'Right: service auto scaling only sets the desired count. Instances come from the cluster’s own ' +
          'scaling, here none.',
      },
      {
        id: 'ecs-launches',
        text: 'ECS launches instances for them, since the service scaled out.',
        explanation: 'Neither ECS nor Application Auto Scaling launches instances for a service on its own.',
      },
      {
        id: 'group-follows',
        text: 'The group grows too: Application Auto Scaling scales both.',
        explanation:
          'The group scales only by its own policies, or by managed scaling through a capacity provider.',
      },
    ],
    correct: ['not-placed'],
    engineCheck(newSim) {
      const sim = world(newSim);
      sim.advance(900);
      const service = reportsService(sim)!;
      return (
        service.desiredCount === 8 &&
        running(sim) === 4 &&
        instances(sim) === 2 &&
        service.events.some((e) => e.message.includes('was unable to place a task'))
      );
    },
    tags: {
      concepts: ['service auto scaling', 'cluster capacity'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-3.2', 'SOA-2.1'],
      misconceptions: ['M7'],
      facts: ['F48'],
    },
  },
  {
    id: 'scale-out-order',
    kind: 'ordering',
    prompt:
      'A service on an Auto Scaling group capacity provider with managed scaling (targetCapacity 100) has no ' +
      'free room when its desired count rises. Put what happens in order.',
    options: [
      {
        id: 'desired',
        text: 'The desired count rises.',
        explanation: 'First: the service wants more tasks.',
      },
      {
        id: 'provisioning',
        text: 'The new tasks wait in PROVISIONING.',
        explanation: 'No instance has room, so the tasks wait for capacity instead of failing.',
      },
      {
        id: 'cpr',
        text: 'CapacityProviderReservation goes above 100.',
        explanation: 'The waiting tasks raise M, the instances needed, above N, the instances running.',
      },
      {
        id: 'group',
        text: 'The group’s desired capacity rises and instances launch.',
        explanation: 'ECS’s target tracking policy on the group acts on the metric.',
      },
      {
        id: 'register',
        text: 'The new instances register with the cluster.',
        explanation: 'The ECS agent on each new instance joins the cluster.',
      },
      {
        id: 'running',
        text: 'The waiting tasks are placed and start.',
        explanation: 'Last: the tasks leave PROVISIONING for the new room.',
      },
    ],
    correct: ['desired', 'provisioning', 'cpr', 'group', 'register', 'running'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [deleteCpuPolicy, protectNewInstances, managedScaling(100, 'ENABLED')]);
      const fixedAt = sim.now;
      sim.advance(600);
      const first = (pick: (e: Simulation['events'][number]) => boolean) =>
        sim.events.find((e) => e.at >= fixedAt && pick(e))?.at ?? Infinity;
      const provisioning = first((e) => e.type === 'TaskProvisioning');
      const cprHigh =
        points(sim, 'AWS/ECS/ManagedScaling', 'CapacityProviderReservation', {
          CapacityProviderName: PROVIDER,
          ClusterName: CLUSTER,
        }).find((p) => p.max > 100)!.t + 60;
      const grows = first((e) => e.type === 'AutoScalingDesiredCapacityChanged');
      const launched = first((e) => e.type === 'AutoScalingInstanceLaunching');
      const registered = first((e) => e.type === 'ContainerInstanceRegistered');
      const placed = first((e) => e.type === 'TaskStateChanged' && e.from === 'PROVISIONING');
      const times = [fixedAt, provisioning, cprHigh, grows, launched, registered, placed];
      return times.every((t, i) => i === 0 || (t >= times[i - 1]! && t < Infinity)) && registered > launched;
    },
    tags: {
      concepts: ['managed scaling', 'PROVISIONING', 'CapacityProviderReservation'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-3.2', 'SAA-3.2'],
      misconceptions: ['M7'],
      facts: ['F48', 'F49'],
    },
  },
  {
    id: 'own-policy-on-managed-group',
    kind: 'single',
    prompt:
      'A group is used by a capacity provider with managed scaling. An engineer also attaches the group’s old ' +
      'target tracking policy on CPU at 60 %. What is the MOST likely result?',
    options: [
      {
        id: 'fight',
        text: 'The two policies fight: the CPU policy may shrink the group while tasks need the room, and the group flaps.',
        explanation:
          'Right: with managed scaling ECS owns the group’s scaling; other scaling policies on it are to be removed.',
      },
      {
        id: 'combined',
        text: 'ECS combines both, scaling out if either asks, like Application Auto Scaling does.',
        explanation:
          'That rule is for several target tracking policies of one scalable target that you own; here ECS owns one of them.',
      },
      {
        id: 'rejected',
        text: 'Auto Scaling rejects the second policy.',
        explanation: 'It accepts it; the conflict shows in behaviour, not at the API.',
      },
    ],
    correct: ['fight'],
    engineCheck(newSim) {
      // managed scaling grows the group for the batch; the CPU policy, still there, shrinks it under the tasks
      const sim = world(newSim);
      runSteps(sim, [managedScaling(100, 'DISABLED')]);
      sim.advance(570);
      const verdict = goals.find((g) => g.id === 'idle-only-scale-in')!.check(sim);
      const busyTerminated = !verdict.met && /while tasks ran on it/.test(verdict.why);
      const grew = sim.events.some((e) => e.type === 'ManagedScalingAction' && e.to > e.from);
      return grew && busyTerminated;
    },
    tags: {
      concepts: ['managed scaling', 'Auto Scaling group'],
      exams: ['DOP-C02', 'SOA-C03'],
      tasks: ['DOP-3.2', 'SOA-2.1'],
      misconceptions: ['M8'],
      facts: ['F49'],
    },
  },
  {
    id: 'draining-vs-protection',
    kind: 'single',
    prompt:
      'Which capacity provider setting makes an instance that the group is terminating drain first, so that its ' +
      'service tasks are started elsewhere before it goes?',
    options: [
      {
        id: 'draining',
        text: 'Managed draining',
        explanation:
          'Right: ECS hooks into the group’s termination and drains the instance first; new providers have it on.',
      },
      {
        id: 'protection',
        text: 'Managed termination protection',
        explanation:
          'That decides which instances may be terminated at all (only empty ones), not how they leave.',
      },
      {
        id: 'target',
        text: 'targetCapacity',
        explanation: 'targetCapacity sets how full the instances should be, not how they are removed.',
      },
    ],
    correct: ['draining'],
    engineCheck(newSim) {
      // shop-cp was created without naming managedDraining
      const sim = world(newSim);
      const cp = sim.call('ecs', 'DescribeCapacityProviders', { capacityProviders: [PROVIDER] })
        .capacityProviders![0]!;
      return cp.autoScalingGroupProvider?.managedDraining === 'ENABLED';
    },
    tags: {
      concepts: ['managed draining', 'managed termination protection'],
      exams: ['DOP-C02'],
      tasks: ['DOP-3.2'],
      facts: ['F51'],
    },
  },
] satisfies QuizItem[];
