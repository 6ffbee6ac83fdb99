import type { SimTime } from './ids';

/**
 * AWS Cloud Map namespaces (the `servicediscovery` API) and the sandbox's record of service-to-service calls
 * (Service Connect, serviceConnect/*). Cloud Map *services* are not stored: ECS creates one per Service Connect
 * `discoveryName`, so they are read off the ECS services' deployments (serviceConnect/cloudMap.ts).
 */
export interface CloudMapNamespace {
  /** `ns-` and 16 lowercase letters and digits */
  readonly Id: string;
  readonly Arn: string;
  readonly Name: string;
  /** HTTP: found by API calls only (DiscoverInstances); DNS_PRIVATE: also a Route 53 private hosted zone in a VPC */
  readonly Type: 'HTTP' | 'DNS_PRIVATE';
  readonly Description?: string;
  readonly CreatorRequestId?: string;
  /** the VPC of a DNS_PRIVATE namespace */
  readonly Vpc?: string;
  /** the simulated hosted zone of a DNS_PRIVATE namespace */
  readonly HostedZoneId?: string;
  readonly createdAt: SimTime;
  readonly tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
}

/** A deployment's Service Connect settings, resolved from the request (namespace ARN, defaults filled in). */
export interface ServiceConnectSettings {
  readonly enabled: boolean;
  /** the Cloud Map namespace's ARN (the request may give its name or ARN; the cluster may give a default) */
  readonly namespace?: string;
  /** empty for a client-only service */
  readonly services: ReadonlyArray<{
    readonly portName: string;
    readonly discoveryName: string;
    readonly clientAliases: ReadonlyArray<{ readonly port: number; readonly dnsName: string }>;
    readonly ingressPortOverride?: number;
  }>;
  /**
   * when these client aliases first appeared in the namespace (kept across deployments that leave them as they
   * are): a client task that started earlier cannot resolve them
   */
  readonly since?: SimTime;
  /** the request's logConfiguration and anything else not simulated, kept as given */
  readonly unsimulated?: Readonly<Record<string, unknown>>;
}

/** Why a call failed, as the client application would see it (serviceConnect/calls.ts says when each happens). */
export type CallFailure =
  'NAME_NOT_RESOLVED' | 'NO_HEALTHY_UPSTREAM' | 'CONNECT_TIMEOUT' | 'CONNECTION_REFUSED';

/**
 * The calls of one client service to one URL during one traffic tick (or one sim CallService). Kept newest
 * last, at most MAX_CALL_BUCKETS per client service (serviceConnect/record.ts).
 */
export interface CallBucket {
  readonly at: SimTime;
  readonly url: string;
  readonly ok: number;
  readonly failed: number;
  /** failures by kind */
  readonly failures: Readonly<Partial<Record<CallFailure, number>>>;
  /** requests answered, by the answering task's ARN */
  readonly answeredBy: Readonly<Record<string, number>>;
  /** whether the name went through a Service Connect proxy (false: a plain address) */
  readonly viaServiceConnect: boolean;
}

/** sim SetTraffic: a client service's application calls the URL in one environment variable, steadily. */
export interface TrafficSource {
  readonly clusterArn: string;
  readonly serviceArn: string;
  readonly serviceName: string;
  /** the container environment variable holding the URL the application calls */
  readonly urlVariable: string;
  /** requests a second, across all the service's running tasks */
  readonly requestsPerSecond: number;
}

export interface ServiceCalls {
  /** newest last */
  readonly buckets: ReadonlyArray<CallBucket>;
  readonly totalOk: number;
  readonly totalFailed: number;
}

export interface ServiceDiscoveryState {
  /** keyed by namespace Id */
  readonly namespaces: Record<string, CloudMapNamespace>;
  /** keyed by client service ARN */
  readonly traffic: Record<string, TrafficSource>;
  /** keyed by client service ARN (or `task:<arn>` for a standalone task's calls) */
  readonly calls: Record<string, ServiceCalls>;
  /** whether the traffic timer runs */
  readonly clock: { running: boolean };
}
