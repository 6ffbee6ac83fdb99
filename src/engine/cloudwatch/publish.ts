import { arnName } from '../../lib/arn';
import { findInstanceType } from '../catalog/instanceTypes';
import { occupancyOf } from '../containerInstances/occupancy';
import type { EngineContext } from '../context';
import { loadBalancersOf, targetsOf } from '../elbv2/lookup';
import { registeredInstancesOf, tasksInGroup } from '../indexes';
import { serviceTraffic, usageAt, type ServiceTraffic } from '../load/usage';
import type { Dimension } from '../model/cloudwatch';
import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import { onMinute } from '../scaling/minute';
import { serviceGroup } from '../services/arn';
import { publishMetric } from './metrics';

/**
 * The metrics the account publishes every minute (contract: /docs/ARCHITECTURE.md §3, Scaling): each sample is
 * taken at the minute's end and filed under the minute that just ended. The sandbox's model: AWS aggregates
 * many samples per minute; one sample per task (or instance) per minute keeps the numbers easy to follow.
 */

const dim = (Name: string, Value: string): Dimension => ({ Name, Value });
/** `app/<name>/<id>` and `targetgroup/<name>/<id>`: the ARN suffixes CloudWatch's ELB dimensions use. */
const arnSuffix = (arn: string, marker: string): string => arn.slice(arn.indexOf(marker) + 1);

const liveTaskOf = (task: Task) => task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING';
const pending = (task: Task) =>
  task.desiredStatus !== 'STOPPED' && task.lastStatus !== 'RUNNING' && task.lastStatus !== 'STOPPED';

/** Each task's CPU units in use this minute, for the instances' CPU (tasks of loaded services use more). */
type CpuByTask = Map<string, number>;

function publishService(ctx: EngineContext, service: Service, minute: number, cpuByTask: CpuByTask): void {
  const cluster = arnName(service.clusterArn);
  const dims = [dim('ClusterName', cluster), dim('ServiceName', service.serviceName)];
  const traffic = serviceTraffic(ctx.state, service, ctx.now);
  const cpu: number[] = [];
  const memory: number[] = [];
  let running = 0;
  let waiting = 0;
  for (const task of tasksInGroup(
    ctx.state,
    service.clusterArn,
    serviceGroup(service.serviceName),
  ).values()) {
    if (pending(task)) waiting += 1;
    if (!liveTaskOf(task)) continue;
    running += 1;
    const usage = usageAt(task, traffic.perTask.get(task.taskArn) ?? 0);
    cpu.push(usage.cpuPercent);
    memory.push(usage.memoryPercent);
    cpuByTask.set(task.taskArn, usage.cpuUnits);
  }
  publishMetric(ctx, 'AWS/ECS', 'CPUUtilization', dims, minute, cpu);
  publishMetric(ctx, 'AWS/ECS', 'MemoryUtilization', dims, minute, memory);
  publishMetric(ctx, 'ECS/ContainerInsights', 'DesiredTaskCount', dims, minute, [service.desiredCount]);
  publishMetric(ctx, 'ECS/ContainerInsights', 'RunningTaskCount', dims, minute, [running]);
  publishMetric(ctx, 'ECS/ContainerInsights', 'PendingTaskCount', dims, minute, [waiting]);
  if (ctx.state.load[service.serviceArn]) publishLoad(ctx, service, dims, minute, traffic);
}

function publishLoad(
  ctx: EngineContext,
  service: Service,
  dims: Dimension[],
  minute: number,
  traffic: ServiceTraffic,
): void {
  publishMetric(ctx, 'Sandbox/Load', 'RequestsPerSecond', dims, minute, [traffic.demand]);
  publishMetric(ctx, 'Sandbox/Load', 'ServedPerSecond', dims, minute, [traffic.served]);
  publishMetric(ctx, 'Sandbox/Load', 'ErrorsPerSecond', dims, minute, [traffic.errors]);
  if (traffic.served > 0) publishMetric(ctx, 'Sandbox/Load', 'LatencyMs', dims, minute, [traffic.latencyMs]);
  // a blue/green-family service splits its requests between two target groups by the listener's weights
  const groups = new Set<string>();
  for (const lb of service.loadBalancers) {
    if (lb.targetGroupArn) groups.add(lb.targetGroupArn);
    const alternate = lb.advancedConfiguration?.alternateTargetGroupArn;
    if (alternate) groups.add(alternate);
  }
  const targetErrors = new Map<string, number>();
  for (const tg of groups) {
    const slice = traffic.perGroup ? (traffic.perGroup.get(tg) ?? IDLE) : traffic;
    const errors = publishTargetGroup(ctx, tg, minute, slice);
    for (const lbArn of loadBalancersOf(ctx.state, tg))
      targetErrors.set(lbArn, (targetErrors.get(lbArn) ?? 0) + errors);
  }
  // the load balancer's own total (dimension LoadBalancer alone), what an alarm on the whole service watches
  for (const [lbArn, errors] of targetErrors) {
    // AWS's form of the dimension: app/<name>/<id>
    const dims = [
      dim('LoadBalancer', lbArn.slice(lbArn.indexOf(':loadbalancer/') + ':loadbalancer/'.length)),
    ];
    publishMetric(ctx, 'AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', dims, minute, [errors]);
  }
}

const IDLE: ServiceTraffic = { demand: 0, served: 0, errors: 0, latencyMs: 0, perTask: new Map() };

/**
 * The load balancer's view of a service's minute: requests, errors, response time, healthy hosts. Returns the
 * 5xx the targets answered (per load balancer).
 */
function publishTargetGroup(
  ctx: EngineContext,
  tgArn: string,
  minute: number,
  traffic: ServiceTraffic,
): number {
  const tg = arnSuffix(tgArn, ':targetgroup/');
  const healthy = targetsOf(ctx.state, tgArn).filter((t) => t.health.State === 'healthy').length;
  const served = traffic.served * 60;
  for (const lbArn of loadBalancersOf(ctx.state, tgArn)) {
    const dims = [dim('LoadBalancer', arnSuffix(lbArn, ':loadbalancer/')), dim('TargetGroup', tg)];
    publishMetric(ctx, 'AWS/ApplicationELB', 'RequestCount', dims, minute, [traffic.demand * 60]);
    publishMetric(ctx, 'AWS/ApplicationELB', 'HealthyHostCount', dims, minute, [healthy]);
    // with no task to send them to, the load balancer itself answers 503; full tasks answer 5xx themselves
    const elbErrors = traffic.perTask.size === 0 ? traffic.errors * 60 : 0;
    publishMetric(ctx, 'AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', dims, minute, [elbErrors]);
    publishMetric(ctx, 'AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', dims, minute, [
      traffic.errors * 60 - elbErrors,
    ]);
    if (traffic.served > 0) {
      publishMetric(ctx, 'AWS/ApplicationELB', 'TargetResponseTime', dims, minute, [
        traffic.latencyMs / 1000,
      ]);
    }
    if (traffic.perTask.size > 0) {
      const perTarget = served / traffic.perTask.size;
      publishMetric(ctx, 'AWS/ApplicationELB', 'RequestCountPerTarget', dims, minute, [perTarget]);
      publishMetric(ctx, 'AWS/ApplicationELB', 'RequestCountPerTarget', [dim('TargetGroup', tg)], minute, [
        perTarget,
      ]);
    }
  }
  return traffic.perTask.size === 0 ? 0 : traffic.errors * 60;
}

/** Cluster reservation and utilization over its ACTIVE container instances; EC2 CPU per instance and group. */
function publishClusters(ctx: EngineContext, minute: number, cpuByTask: CpuByTask): void {
  const groupCpu = new Map<string, number[]>();
  for (const clusterArn of Object.keys(ctx.state.ecs.clusters).sort()) {
    const dims = [dim('ClusterName', arnName(clusterArn))];
    let cpuRegistered = 0;
    let cpuReserved = 0;
    let memRegistered = 0;
    let memReserved = 0;
    for (const ci of registeredInstancesOf(ctx.state, clusterArn)) {
      if (ci.status !== 'ACTIVE') continue;
      cpuRegistered += ci.registeredResources.cpu;
      memRegistered += ci.registeredResources.memory;
      cpuReserved += ci.registeredResources.cpu - ci.remainingResources.cpu;
      memReserved += ci.registeredResources.memory - ci.remainingResources.memory;
    }
    if (cpuRegistered > 0) {
      publishMetric(ctx, 'AWS/ECS', 'CPUReservation', dims, minute, [(cpuReserved / cpuRegistered) * 100]);
      publishMetric(ctx, 'AWS/ECS', 'MemoryReservation', dims, minute, [(memReserved / memRegistered) * 100]);
    }
  }
  for (const id of Object.keys(ctx.state.ec2.instances).sort()) {
    const instance = ctx.state.ec2.instances[id]!;
    if (instance.State !== 'running') continue;
    const type = findInstanceType(instance.InstanceType);
    const capacity = (type?.VCpus ?? 2) * 1024;
    let used = 0;
    if (instance.agent.phase === 'registered') {
      const ci = ctx.state.ecs.containerInstances[instance.agent.containerInstanceArn];
      if (ci) for (const task of occupancyOf(ctx.state, ci).tasks) used += cpuByTask.get(task.taskArn) ?? 0;
    }
    const percent = Math.min(100, (used / capacity) * 100);
    publishMetric(ctx, 'AWS/EC2', 'CPUUtilization', [dim('InstanceId', id)], minute, [percent]);
    const group = instance.Tags.find((t) => t.Key === 'aws:autoscaling:groupName')?.Value;
    if (!group) continue;
    const samples = groupCpu.get(group);
    if (samples) samples.push(percent);
    else groupCpu.set(group, [percent]);
  }
  for (const [group, samples] of groupCpu) {
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    publishMetric(ctx, 'AWS/EC2', 'CPUUtilization', [dim('AutoScalingGroupName', group)], minute, [mean]);
  }
}

/** Auto Scaling's group metrics (in AWS they need group metrics collection; the sandbox always publishes them). */
function publishGroups(ctx: EngineContext, minute: number): void {
  for (const name of Object.keys(ctx.state.autoscaling.groups).sort()) {
    const group = ctx.state.autoscaling.groups[name]!;
    const dims = [dim('AutoScalingGroupName', name)];
    const inService = group.Instances.filter((i) => i.LifecycleState === 'InService').length;
    const pendingCount = group.Instances.filter((i) => i.LifecycleState.startsWith('Pending')).length;
    publishMetric(ctx, 'AWS/AutoScaling', 'GroupDesiredCapacity', dims, minute, [group.DesiredCapacity]);
    publishMetric(ctx, 'AWS/AutoScaling', 'GroupInServiceInstances', dims, minute, [inService]);
    publishMetric(ctx, 'AWS/AutoScaling', 'GroupPendingInstances', dims, minute, [pendingCount]);
    publishMetric(ctx, 'AWS/AutoScaling', 'GroupTotalInstances', dims, minute, [group.Instances.length]);
  }
}

function publishMinute(ctx: EngineContext): void {
  const minute = ctx.now - 60;
  const cpuByTask: CpuByTask = new Map();
  for (const arn of Object.keys(ctx.state.ecs.services).sort()) {
    const service = ctx.state.ecs.services[arn]!;
    if (service.status === 'ACTIVE') publishService(ctx, service, minute, cpuByTask);
  }
  // tasks outside any service still use their idle share of their instance's CPU
  for (const task of Object.values(ctx.state.ecs.tasks)) {
    if (liveTaskOf(task) && !cpuByTask.has(task.taskArn))
      cpuByTask.set(task.taskArn, usageAt(task, 0).cpuUnits);
  }
  publishClusters(ctx, minute, cpuByTask);
  publishGroups(ctx, minute);
}

export function registerMetricPublication(): void {
  onMinute('metrics', publishMinute);
}
