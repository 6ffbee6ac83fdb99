import type { OutputOf, TargetTrackingConfiguration } from '../../engine/index';

/** A task definition as DescribeTaskDefinition returns it. */
export type EcsTaskDefinition = OutputOf<'ecs', 'DescribeTaskDefinition'>['taskDefinition'];
/** A service as DescribeServices returns it. */
export type EcsService = OutputOf<'ecs', 'DescribeServices'>['services'][number];

/** The service's scalable target and policies, as DescribeScalableTargets / DescribeScalingPolicies show them. */
export interface EcsScaling {
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policies: ReadonlyArray<{
    readonly PolicyName: string;
    readonly PolicyType: string;
    readonly TargetTrackingScalingPolicyConfiguration?: TargetTrackingConfiguration;
  }>;
}

/** The load balancer in front of the service (read off elbv2), when there is one. */
export interface EcsLoadBalancerContext {
  readonly type: 'application' | 'network';
  readonly scheme: 'internet-facing' | 'internal';
  readonly listenerPort?: number;
  /** the target group's HTTP health check path (ALB), for a readiness probe */
  readonly healthCheckPath?: string;
}

export interface TranslateInput {
  readonly taskDefinition: EcsTaskDefinition;
  readonly service?: EcsService;
  readonly scaling?: EcsScaling;
  readonly loadBalancer?: EcsLoadBalancerContext;
  /** the namespace the objects go in (default `default`) */
  readonly namespace?: string;
}

/** How well an ECS setting carries over. */
export type Fit = 'direct' | 'close' | 'none';

/** One row of the mapping table: an ECS field, where it went in Kubernetes, and why. */
export interface MappingNote {
  readonly ecs: string;
  readonly kubernetes: string;
  readonly fit: Fit;
  readonly why: string;
}

/** A Kubernetes object as plain data (what `kubectl apply` would read). */
export type K8sObject = { readonly apiVersion: string; readonly kind: string } & Readonly<
  Record<string, unknown>
>;

/** A comment put in the YAML before the key at `path` (keys and list indexes from the object's root). */
export interface PathComment {
  readonly path: ReadonlyArray<string | number>;
  readonly text: string;
}

/** One YAML document: the object, a header comment and comments on non-obvious fields. */
export interface TranslatedObject {
  readonly object: K8sObject;
  readonly header: string;
  readonly comments: ReadonlyArray<PathComment>;
}

export interface Translation {
  readonly objects: ReadonlyArray<TranslatedObject>;
  readonly notes: ReadonlyArray<MappingNote>;
}
