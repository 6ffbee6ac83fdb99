import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task, TaskDefinition } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  CLUSTER,
  CPU_UNITS,
  IMAGE,
  MEMORY_MIB,
  OBJECT_ARN,
  ordersService,
  PORT,
  REPLICAS,
  runningOrders,
  SERVICE,
  TARGET_GROUP,
} from './eks';

const NO_SERVICE = `There is no service ${SERVICE} in cluster ${CLUSTER} yet.`;

/** The task definition the service's newest deployment runs. */
function currentDefinition(sim: Simulation): TaskDefinition | undefined {
  const arn = ordersService(sim)?.deployments[0]?.taskDefinition;
  return arn ? sim.state.ecs.taskDefinitions[arn] : undefined;
}

/** How the definition differs from the Deployment's pod template (empty when it matches). */
function podTemplateGaps(td: TaskDefinition): string[] {
  const gaps: string[] = [];
  const web = td.containerDefinitions.find((c) => c.portMappings?.some((p) => p.containerPort === PORT));
  if (!web) gaps.push(`no container maps port ${PORT} (the pod's containerPort)`);
  else if (web.image !== IMAGE) gaps.push(`the container runs ${web.image}, the pod runs ${IMAGE}`);
  if (td.cpu !== CPU_UNITS)
    gaps.push(
      `task CPU is ${td.cpu ?? 'not set'}; the pod asks for 500m = half a vCPU = ${CPU_UNITS} CPU units`,
    );
  if (td.memory !== MEMORY_MIB)
    gaps.push(`task memory is ${td.memory ?? 'not set'} MiB; the pod asks for 1Gi = ${MEMORY_MIB} MiB`);
  return gaps;
}

function samePod(sim: Simulation): GoalResult {
  const service = ordersService(sim);
  if (!service) return notYet(NO_SERVICE);
  const td = currentDefinition(sim);
  if (!td) return notYet(`Service ${SERVICE} has no deployment yet.`);
  const gaps = podTemplateGaps(td);
  if (gaps.length)
    return notYet(`${td.family}:${td.revision} differs from the Deployment: ${gaps.join('; ')}.`);
  if (service.desiredCount !== REPLICAS)
    return notYet(
      `The service wants ${service.desiredCount} task(s); the Deployment has replicas: ${REPLICAS}.`,
    );
  const running = runningOrders(sim).filter((t) => t.taskDefinitionArn === td.taskDefinitionArn);
  if (running.length < REPLICAS)
    return notYet(`${running.length} of ${REPLICAS} tasks of ${td.family}:${td.revision} are RUNNING.`);
  return met;
}

function behindLoadBalancer(sim: Simulation): GoalResult {
  const service = ordersService(sim);
  if (!service) return notYet(NO_SERVICE);
  const tg = Object.values(sim.state.elbv2.targetGroups).find((g) => g.TargetGroupName === TARGET_GROUP);
  const link = service.loadBalancers.find((l) => l.targetGroupArn === tg?.TargetGroupArn);
  if (!link)
    return notYet(
      `Service ${SERVICE} has no load balancer: the Kubernetes Service of type LoadBalancer sent port 80 to ` +
        `${PORT}; here that is the listener of orders-alb and target group ${TARGET_GROUP}.`,
    );
  if (link.containerPort !== PORT)
    return notYet(`The service registers container port ${link.containerPort}; the pods listen on ${PORT}.`);
  const running = new Set(runningOrders(sim).map((t) => t.taskArn));
  const healthy = Object.values(sim.state.elbv2.targets).filter(
    (t) =>
      t.targetGroupArn === tg!.TargetGroupArn &&
      t.health.State === 'healthy' &&
      t.taskArn !== undefined &&
      running.has(t.taskArn),
  ).length;
  if (healthy < REPLICAS)
    return notYet(`${healthy} of ${REPLICAS} orders tasks are healthy targets of ${TARGET_GROUP}.`);
  return met;
}

function readsSettings(sim: Simulation): GoalResult {
  const tasks: Task[] = runningOrders(sim);
  if (!tasks.length) return notYet(ordersService(sim) ? `No ${SERVICE} task is RUNNING yet.` : NO_SERVICE);
  const copy = sim.fork();
  for (const task of tasks) {
    const out = copy.callByName('sim', 'CallAws', {
      cluster: CLUSTER,
      task: task.taskArn,
      action: 's3:GetObject',
      resource: OBJECT_ARN,
    }) as { allowed: boolean; message: string };
    if (!out.allowed)
      return notYet(`Task ${arnName(task.taskArn)} cannot read ${OBJECT_ARN}: ${out.message}`);
  }
  return met;
}

export default [
  goal({
    id: 'same-pod',
    description:
      'Service orders runs 3 tasks of a definition matching the pod template: web:v2 on 8080, 500m CPU, 1Gi memory',
    holdFor: 60,
    check: samePod,
    hints: {
      nudge:
        'Read the Deployment’s template: replicas, image, containerPort and resources. Each has an ECS field.',
      pointer:
        'replicas → desiredCount. On Fargate the task size holds the resources: 1024 CPU units are one vCPU ' +
        '(1000m), and Mi is MiB. 500m is half a vCPU.',
      bottomOut:
        'Register family orders: FARGATE, awsvpc, cpu "512", memory "1024", one container orders with image ' +
        `${IMAGE} and containerPort 8080; create service orders with desiredCount 3 on FARGATE in two subnets.`,
    },
  }),
  goal({
    id: 'behind-alb',
    description:
      'Its tasks are healthy targets of orders-tg, as the LoadBalancer Service sent port 80 to 8080',
    holdFor: 60,
    check: behindLoadBalancer,
    hints: {
      nudge: 'Where did the Kubernetes Service’s port 80 go? Look at orders-alb’s listener.',
      pointer:
        'A service registers its tasks with a target group through loadBalancers: target group, container ' +
        'name and container port. It is set when the service is created.',
      bottomOut:
        'Create the service with loadBalancers [{ targetGroupArn: <orders-tg>, containerName: "orders", ' +
        'containerPort: 8080 }]: the listener on 80 already forwards to orders-tg.',
    },
  }),
  goal({
    id: 'task-role',
    description: 'Every orders task reads s3://orders-config/settings.json with its task role',
    holdFor: 60,
    check: readsSettings,
    hints: {
      nudge:
        'The ServiceAccount gave the pods role orders-app. Open that role in the Identity tab: who may assume it?',
      pointer:
        'A task role must trust ecs-tasks.amazonaws.com. orders-app trusts the EKS cluster’s OIDC provider ' +
        '(IRSA), so ECS cannot assume it as it stands. Change its trust, or give ECS its own role with the same policy.',
      bottomOut:
        'aws iam update-assume-role-policy --role-name orders-app with a statement allowing Service ' +
        'ecs-tasks.amazonaws.com sts:AssumeRole; then taskRoleArn orders-app in the task definition.',
    },
  }),
];
