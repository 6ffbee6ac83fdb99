import { goal, instancesOf, met, notYet, tasksWhere } from '../../src/course/goals';
import type { Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/**
 * What each running ECS instance that is not serving shop looks like from outside: registered elsewhere, not
 * registered at all, or still booting. It points at where to look (event log, list-clusters) without naming the
 * cause, which the learner finds there.
 */
function strayInstances(sim: Simulation): string[] {
  return Object.values(sim.state.ec2.instances)
    .filter((i) => i.State === 'running' || i.State === 'pending')
    .flatMap((i) => {
      const a = i.agent;
      if (a.phase === 'registered') {
        const ci = sim.state.ecs.containerInstances[a.containerInstanceArn];
        return ci && arnName(ci.clusterArn) !== 'shop'
          ? [`${i.InstanceId} registered, but in another cluster (list the clusters to find it)`]
          : [];
      }
      if ('detail' in a)
        return [`${i.InstanceId} is running but registered nowhere (its agent reports why in the event log)`];
      return a.phase === 'booting' ? [`${i.InstanceId} is still booting`] : [];
    });
}

/** The failure reason of the most recent placement attempt for cart in shop, if it failed. */
function lastCartFailure(sim: Simulation): string | undefined {
  const events = sim.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'TaskPlaced' && arnName(e.clusterArn) === 'shop') return undefined;
    if (
      e.type === 'PlacementFailed' &&
      arnName(e.clusterArn) === 'shop' &&
      /task-definition\/cart:/.test(e.taskDefinitionArn)
    ) {
      return e.reason;
    }
  }
  return undefined;
}

export default [
  goal({
    id: 'instances-joined',
    description: 'At least 2 container instances are ACTIVE in shop with their agent connected',
    holdFor: 30,
    check(sim) {
      const ready = instancesOf(sim, 'shop').filter((ci) => ci.agentConnected);
      if (ready.length >= 2) return met;
      const stray = strayInstances(sim);
      return notYet(
        `shop has ${ready.length} ACTIVE, connected container instance${ready.length === 1 ? '' : 's'}.` +
          (stray.length ? ` ${stray.join('; ')}.` : ''),
      );
    },
    hints: {
      nudge:
        'Open the event log and look for the agent messages about each instance, or run `aws ecs list-container-instances --cluster default`.',
      pointer:
        'An instance joins a cluster when its agent can call ECS (an instance profile with the ECS role) and ECS_CLUSTER in /etc/ecs/ecs.config names the cluster, written by a user data script that starts with #!. Without ECS_CLUSTER the agent joins `default`.',
      bottomOut:
        'Launch two new instances that carry both: `aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.medium --count 2 --iam-instance-profile Name=ecsInstanceRole --cli-input-json \'{"UserData": "#!/bin/bash\\necho ECS_CLUSTER=shop >> /etc/ecs/ecs.config"}\'` and let two minutes pass. The CLI base64-encodes the script; it must start with #! or cloud-init ignores it. Terminate the two broken ones if you like.',
    },
  }),
  goal({
    id: 'cart-running',
    description: '4 cart tasks are RUNNING in shop',
    holdFor: 60,
    check(sim) {
      const running = tasksWhere(sim, { cluster: 'shop', family: 'cart', status: 'RUNNING' }).length;
      if (running >= 4) return met;
      const failure = lastCartFailure(sim);
      return notYet(
        `${running} of 4 cart tasks are RUNNING in shop.` +
          (failure ? ` The last cart placement failed with ${failure}.` : ''),
      );
    },
    hints: {
      nudge:
        'Run the tasks and read the failures in the response, then open "Why there?" for a failed attempt: which check turned each instance down?',
      pointer:
        "Placement subtracts each task's reservation (memoryReservation here) from the memory the instance registered. Idle CPU does not help; either register more memory or reserve less per task.",
      bottomOut:
        'Register cart:2 with memoryReservation 1024 (the app needs far less than 2560), then `aws ecs run-task --cluster shop --task-definition cart:2 --count 4`. Or keep cart:1 and give shop more registered memory: two more instances like the first two, or m5.large instances, which hold three cart:1 tasks each.',
    },
  }),
];
