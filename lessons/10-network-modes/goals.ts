import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import { subnetUse, type Simulation, type Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import { CLUSTER, eniSlots, PAYMENTS_SG, runningPayments, SERVICE, shortTask, TASKS } from './network';

/** The newest reason a payments task stopped before it started. */
function lastFailure(sim: Simulation): string | undefined {
  return Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.stopCode === 'TaskFailedToStart',
    )
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason;
}

/** The payments service record. */
const paymentsService = (sim: Simulation) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

function ownSecurityGroup(sim: Simulation): GoalResult {
  const tasks = runningPayments(sim);
  if (tasks.length === 0) return notYet('No payments task runs.');
  for (const t of tasks) {
    if (!t.eni)
      return notYet(
        `Task ${shortTask(t)} has no network interface of its own (its network mode is not awsvpc), so it ` +
          'shares the instance’s security groups with everything else on that instance.',
      );
    const groups = t.eni.securityGroups ?? [];
    if (!groups.includes(PAYMENTS_SG)) {
      const asked =
        paymentsService(sim)?.deployments[0]?.networkConfiguration?.awsvpcConfiguration?.securityGroups;
      return notYet(
        `Task ${shortTask(t)}'s interface is in ${groups.join(', ') || 'no group'}, not in ${PAYMENTS_SG} (payments).` +
          (asked?.includes(PAYMENTS_SG)
            ? ' It belongs to an older deployment that the newest one has not replaced yet: does the newest have a free ENI slot for its next task, or may it stop an old one first?'
            : ''),
      );
    }
  }
  return met;
}

function fourRunning(sim: Simulation): GoalResult {
  const tasks: ReadonlyArray<Task> = runningPayments(sim);
  const service = paymentsService(sim);
  if (!service) return notYet('The payments service is gone.');
  if (service.desiredCount !== TASKS)
    return notYet(`payments wants ${service.desiredCount} tasks; the business needs exactly ${TASKS}.`);
  if (tasks.length === TASKS) return met;
  const { used, total } = eniSlots(sim);
  const failure = lastFailure(sim);
  return notYet(
    `${tasks.length} of ${TASKS} payments tasks run; the instances use ${used} of ${total} ENI slots.` +
      (failure ? ` The last task that failed to start said: ${failure}` : ''),
  );
}

/** A deployment starts up to desiredCount new tasks beside the old ones (maximumPercent 200): one address each. */
function roomToDeploy(sim: Simulation): GoalResult {
  const service = paymentsService(sim);
  if (!service) return notYet('The payments service is gone.');
  const primary = service.deployments[0];
  const subnets = primary?.networkConfiguration?.awsvpcConfiguration?.subnets ?? [];
  if (subnets.length === 0) return notYet('payments has no awsvpc subnets.');
  const free = subnets.reduce((sum, id) => {
    const subnet = sim.state.ec2.subnets[id];
    return sum + (subnet ? subnetUse(sim.state, subnet).free : 0);
  }, 0);
  if (free >= TASKS) return met;
  return notYet(
    `The subnets of payments have ${free} free address${free === 1 ? '' : 'es'}; the next deployment starts ` +
      `${TASKS} new tasks beside the old ones and needs ${TASKS}.`,
  );
}

export default [
  goal({
    id: 'own-security-group',
    description: `Every running payments task has its own network interface in the payments security group ${PAYMENTS_SG}`,
    holdFor: 60,
    check: ownSecurityGroup,
    hints: {
      nudge:
        'Open a payments task: which security groups does its network interface carry? Where in the service are they set?',
      pointer:
        'In awsvpc mode each task has its own ENI, and awsvpcConfiguration.securityGroups puts that ENI in groups of ' +
        'its own. Without them the ENI is in the VPC’s default group. Bridge or host tasks have no ENI: they share ' +
        'the instance’s groups.',
      bottomOut:
        '`aws ecs update-service --cluster shop --service payments --network-configuration ' +
        `awsvpcConfiguration={subnets=[<the /28>,<the us-east-1a default subnet>],securityGroups=[${PAYMENTS_SG}]} ` +
        '--deployment-configuration minimumHealthyPercent=50,maximumPercent=200`: with every ENI slot taken, ' +
        'the deployment may then stop old tasks to make room for new ones.',
    },
  }),
  goal({
    id: 'four-running',
    description: 'payments runs 4 tasks (desired 4), held for 60 s',
    holdFor: 60,
    check: fourRunning,
    hints: {
      nudge:
        'Read the service events and the stopped tasks: the first stall and the second one have different causes.',
      pointer:
        'Each awsvpc task takes one ENI slot on its instance (the instance’s limit minus its primary ENI) and one ' +
        'address in its subnet (a /28 has 11 usable). More or larger instances add ENI slots; ENI trunking does too ' +
        'on supported types, for instances registered after the opt-in; a larger subnet or one more subnet in the AZ adds addresses.',
      bottomOut:
        'One more t3.small for shop in us-east-1a: `aws ec2 run-instances --image-id ' +
        'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.small ' +
        '--placement AvailabilityZone=us-east-1a --iam-instance-profile Name=ecsInstanceRole --cli-input-json ' +
        '\'{"UserData": "#!/bin/bash\\necho ECS_CLUSTER=shop >> /etc/ecs/ecs.config"}\'` (or a c5.xlarge: 3 ' +
        'slots), and the subnets of the first goal’s command, so the fourth task has an address.',
    },
  }),
  goal({
    id: 'room-to-deploy',
    description: 'The subnets of payments have at least 4 free addresses, enough for a rolling deployment',
    holdFor: 60,
    check: roomToDeploy,
    hints: {
      nudge: 'How many free addresses do the payments subnets have (`aws ec2 describe-subnets`)?',
      pointer:
        'A rolling deployment at maximumPercent 200 starts a full set of new tasks before it stops the old ones, ' +
        'and each new task needs an address. Plan subnets for twice the tasks, plus anything else that lives there.',
      bottomOut:
        'Add a bigger subnet of us-east-1a to payments: the default one (a /20), or a new /24 from ' +
        '`aws ec2 create-subnet --vpc-id <vpc> --cidr-block 172.31.64.0/24 --availability-zone us-east-1a`, ' +
        'then list it in the service’s awsvpcConfiguration.subnets.',
    },
  }),
];
