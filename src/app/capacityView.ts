import { isoTime, metricKey, type AutoScalingGroup, type DeepReadonly, type SimState } from '../engine/index';

/** What the Capacity panel shows, read straight off the state (no call recorded). */
export interface GroupRow {
  readonly name: string;
  readonly min: number;
  readonly desired: number;
  readonly max: number;
  readonly inService: number;
  readonly pending: number;
  readonly terminating: number;
  readonly protectedCount: number;
  readonly protectNew: boolean;
  /** "CPU 60 %" for each of its target tracking policies */
  readonly policies: ReadonlyArray<string>;
  /** the capacity provider that uses the group, if any */
  readonly provider?: string;
}

export interface ProviderRow {
  readonly name: string;
  readonly group: string;
  readonly managedScaling: string;
  readonly terminationProtection: string;
  readonly managedDraining: string;
  /** the clusters it is associated with */
  readonly clusters: ReadonlyArray<string>;
  /** the newest CapacityProviderReservation datapoint of each cluster, "default: 150" */
  readonly reservation: ReadonlyArray<string>;
}

export interface ClusterCapacity {
  readonly cluster: string;
  readonly providers: ReadonlyArray<string>;
  readonly strategy: ReadonlyArray<{ capacityProvider: string; base: number; weight: number }>;
}

export interface ActivityLine {
  readonly id: string;
  readonly at: string;
  readonly group: string;
  readonly description: string;
  readonly cause: string;
  readonly status: string;
}

export interface CapacityView {
  readonly groups: ReadonlyArray<GroupRow>;
  readonly providers: ReadonlyArray<ProviderRow>;
  readonly clusters: ReadonlyArray<ClusterCapacity>;
  /** newest first */
  readonly activities: ReadonlyArray<ActivityLine>;
}

const ACTIVITIES_SHOWN = 25;

const groupNameOf = (arnOrName: string) =>
  arnOrName.includes(':autoScalingGroupName/')
    ? arnOrName.slice(arnOrName.indexOf(':autoScalingGroupName/') + 22)
    : arnOrName;

function latest(state: DeepReadonly<SimState>, key: string): number | undefined {
  const series = state.cloudwatch.metrics[key];
  const chunk = series?.chunks[series.chunks.length - 1];
  const point = chunk?.[chunk.length - 1];
  return point ? point.sum / point.sampleCount : undefined;
}

function groupRow(
  state: DeepReadonly<SimState>,
  g: DeepReadonly<AutoScalingGroup>,
  provider?: string,
): GroupRow {
  const count = (s: string) => g.Instances.filter((i) => i.LifecycleState.startsWith(s)).length;
  const policies = Object.values(state.autoscaling.policies)
    .filter((p) => p.AutoScalingGroupName === g.AutoScalingGroupName && p.TargetTrackingConfiguration)
    .map((p) => {
      const tt = p.TargetTrackingConfiguration!;
      return `${p.PolicyName}: ${tt.PredefinedMetricSpecification.PredefinedMetricType} ${tt.TargetValue}`;
    });
  return {
    name: g.AutoScalingGroupName,
    min: g.MinSize,
    desired: g.DesiredCapacity,
    max: g.MaxSize,
    inService: count('InService'),
    pending: count('Pending'),
    terminating: count('Terminating'),
    protectedCount: g.Instances.filter((i) => i.ProtectedFromScaleIn).length,
    protectNew: g.NewInstancesProtectedFromScaleIn,
    policies,
    ...(provider ? { provider } : {}),
  };
}

export function capacityView(state: DeepReadonly<SimState>): CapacityView {
  const clusters = Object.values(state.ecs.clusters)
    .filter((c) => c.status === 'ACTIVE')
    .map((c): ClusterCapacity => ({
      cluster: c.clusterName,
      providers: [...c.capacityProviders],
      strategy: c.defaultCapacityProviderStrategy.map((s) => ({
        capacityProvider: s.capacityProvider,
        base: s.base ?? 0,
        weight: s.weight ?? 0,
      })),
    }));
  const providerOfGroup = new Map<string, string>();
  const providers = Object.values(state.ecs.capacityProviders)
    .filter((p) => p.status === 'ACTIVE')
    .map((p): ProviderRow => {
      const group = groupNameOf(p.autoScalingGroupProvider.autoScalingGroupArn);
      providerOfGroup.set(group, p.name);
      const ms = p.autoScalingGroupProvider.managedScaling;
      const using = clusters.filter((c) => c.providers.includes(p.name)).map((c) => c.cluster);
      return {
        name: p.name,
        group,
        managedScaling: ms.status === 'ENABLED' ? `on, target ${ms.targetCapacity} %` : 'off',
        terminationProtection: p.autoScalingGroupProvider.managedTerminationProtection,
        managedDraining: p.autoScalingGroupProvider.managedDraining,
        clusters: using,
        reservation: using.flatMap((cluster) => {
          const value = latest(
            state,
            metricKey('AWS/ECS/ManagedScaling', 'CapacityProviderReservation', [
              { Name: 'ClusterName', Value: cluster },
              { Name: 'CapacityProviderName', Value: p.name },
            ]),
          );
          return value === undefined ? [] : [`${cluster}: ${Math.round(value)}`];
        }),
      };
    });
  const groups = Object.values(state.autoscaling.groups).map((g) =>
    groupRow(state, g, providerOfGroup.get(g.AutoScalingGroupName)),
  );
  const activities = Object.values(state.autoscaling.activities)
    .sort((a, b) => b.StartTime - a.StartTime || (a.ActivityId < b.ActivityId ? 1 : -1))
    .slice(0, ACTIVITIES_SHOWN)
    .map((a) => ({
      id: a.ActivityId,
      at: isoTime(state, a.StartTime),
      group: a.AutoScalingGroupName,
      description: a.Description,
      cause: a.Cause,
      status: a.StatusCode,
    }));
  return { groups, providers, clusters, activities };
}

/** The providers a cluster could use: the two Fargate ones and every active Auto Scaling group provider. */
export function availableProviders(view: CapacityView): string[] {
  return ['FARGATE', 'FARGATE_SPOT', ...view.providers.map((p) => p.name)];
}
