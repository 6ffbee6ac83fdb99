import type { Simulation } from '../../engine/index';
import { arnName } from '../../lib/arn';
import type { EcsLoadBalancerContext, EcsScaling, TranslateInput } from './types';

/** What can be translated: a service of a cluster, or a task definition on its own. */
export type KubernetesSource =
  | { readonly kind: 'service'; readonly cluster: string; readonly service: string }
  | { readonly kind: 'taskDefinition'; readonly taskDefinition: string };

/** The services and task definitions the simulator holds now, for a picker (ACTIVE ones, sorted). */
export function kubernetesSources(
  sim: Simulation,
): ReadonlyArray<{ source: KubernetesSource; label: string }> {
  const services = Object.values(sim.state.ecs.services)
    .filter((s) => s.status === 'ACTIVE')
    .map((s) => ({
      source: { kind: 'service' as const, cluster: arnName(s.clusterArn), service: s.serviceName },
      label: `service ${s.serviceName} (cluster ${arnName(s.clusterArn)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const latest = new Map<string, number>();
  for (const td of Object.values(sim.state.ecs.taskDefinitions))
    if (td.status === 'ACTIVE') latest.set(td.family, Math.max(latest.get(td.family) ?? 0, td.revision));
  const definitions = [...latest]
    .map(([family, revision]) => ({
      source: { kind: 'taskDefinition' as const, taskDefinition: `${family}:${revision}` },
      label: `task definition ${family}:${revision}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [...services, ...definitions];
}

/**
 * The translator's input for `source`, read through the engine's Describe operations (the shapes the
 * translator takes) and, for the load balancer and scaling context, off the state. Reads only; throws the
 * engine's AwsError when the source no longer exists.
 */
export function kubernetesInput(sim: Simulation, source: KubernetesSource): TranslateInput {
  if (source.kind === 'taskDefinition') {
    const { taskDefinition } = sim.call('ecs', 'DescribeTaskDefinition', {
      taskDefinition: source.taskDefinition,
    });
    return { taskDefinition };
  }
  const described = sim.call('ecs', 'DescribeServices', {
    cluster: source.cluster,
    services: [source.service],
  });
  const service = described.services[0];
  if (!service) throw new Error(`Service ${source.service} is not in cluster ${source.cluster}.`);
  const { taskDefinition } = sim.call('ecs', 'DescribeTaskDefinition', {
    taskDefinition: service.taskDefinition,
  });
  const scaling = scalingOf(sim, `service/${source.cluster}/${source.service}`);
  const loadBalancer = loadBalancerOf(sim, service.loadBalancers[0]?.targetGroupArn);
  return {
    taskDefinition,
    service,
    ...(scaling ? { scaling } : {}),
    ...(loadBalancer ? { loadBalancer } : {}),
  };
}

function scalingOf(sim: Simulation, resourceId: string): EcsScaling | undefined {
  const aas = sim.state.applicationAutoScaling;
  const target = aas.targets[resourceId];
  if (!target) return undefined;
  const policies = Object.values(aas.policies).filter((p) => p.ResourceId === resourceId);
  return { minCapacity: target.MinCapacity, maxCapacity: target.MaxCapacity, policies };
}

function loadBalancerOf(
  sim: Simulation,
  targetGroupArn: string | undefined,
): EcsLoadBalancerContext | undefined {
  if (!targetGroupArn) return undefined;
  const { targetGroups, listeners, loadBalancers } = sim.state.elbv2;
  const tg = targetGroups[targetGroupArn];
  const listener = Object.values(listeners).find((l) =>
    l.DefaultActions.some(
      (a) =>
        a.TargetGroupArn === targetGroupArn ||
        a.ForwardConfig?.TargetGroups?.some((t) => t.TargetGroupArn === targetGroupArn),
    ),
  );
  const lb = listener ? loadBalancers[listener.LoadBalancerArn] : undefined;
  return {
    type: lb?.Type ?? 'application',
    scheme: lb?.Scheme ?? 'internet-facing',
    ...(listener ? { listenerPort: listener.Port } : {}),
    ...(tg?.HealthCheckPath ? { healthCheckPath: tg.HealthCheckPath } : {}),
  };
}
