import type { OperationName } from '../../api/registry';
import { clusterDoc } from './clusters';
import { under, type SchemaDocs } from './schemaDocs';

/**
 * Hover text for Service Connect (`serviceConnectConfiguration` of CreateService/UpdateService), the Cloud Map
 * operations (schema/serviceDiscovery.ts) and the call controls (sim CallService, sim SetTraffic), in our own
 * words. What the sandbox models is said where it differs from AWS.
 */

const serviceConnectEntryDocs: SchemaDocs = {
  portName:
    "The name of a port mapping in the service's task definition (portMappings[].name). Service Connect finds the port by this name; a name no mapping has is refused.",
  discoveryName:
    'The name of the Cloud Map service ECS creates for this port (unique in the namespace). Default: the portName.',
  clientAliases:
    'The name and port clients use (at most one alias). Without one, clients reach it as <discoveryName>.<namespace> on the container port.',
  'clientAliases[].port': 'The port clients call, e.g. 8080 in http://inventory:8080.',
  'clientAliases[].dnsName':
    'The name clients call, e.g. inventory. Default: <discoveryName>.<namespace>. Name and port must be unique in the namespace.',
  'clientAliases[].testTrafficRules': 'Blue/green test traffic header rules (not simulated).',
  ingressPortOverride: 'The port the proxy in each server task listens on, instead of the container port.',
  timeout: 'Idle and per-request timeouts of the proxy (not simulated).',
  tls: 'TLS between proxies with AWS Private CA (not simulated).',
};

export const serviceConnectConfigurationDocs: SchemaDocs = {
  serviceConnectConfiguration:
    'Service Connect: ECS adds a proxy container to each new task; clients in the same Cloud Map namespace call servers by short names (http://inventory:8080) and the proxy balances over the tasks that serve. Changing it starts a new deployment: only new tasks get the new configuration.',
  'serviceConnectConfiguration.enabled': 'true to give the service a Service Connect proxy.',
  'serviceConnectConfiguration.namespace':
    "The Cloud Map namespace, by name or ARN (create one with servicediscovery CreateHttpNamespace). The sandbox does not apply a cluster's serviceConnectDefaults: give it here.",
  'serviceConnectConfiguration.services':
    'Leave out for a client-only service (it calls others). One entry per port this service serves to others (client-server).',
  ...under('serviceConnectConfiguration.services[]', serviceConnectEntryDocs),
  'serviceConnectConfiguration.logConfiguration': "The proxy's log configuration (not simulated).",
  'serviceConnectConfiguration.accessLogConfiguration': "The proxy's access logs (not simulated).",
};

const tagDocs: SchemaDocs = {
  Tags: 'Key/value labels for the namespace.',
  'Tags[].Key': 'The tag key (1–128 characters).',
  'Tags[].Value': 'The tag value (up to 256 characters).',
};

const filterDocs: SchemaDocs = {
  'Filters[].Values': 'The values to match.',
  'Filters[].Condition': 'EQ (default), IN or BEGINS_WITH.',
};

export const servicediscoveryDocs = {
  CreateHttpNamespace: {
    '': 'Creates a Cloud Map HTTP namespace: names in it are found through the Cloud Map API and by Service Connect proxies, not by DNS. The usual namespace for Service Connect. Created at once in the sandbox (AWS answers with an operation to poll).',
    Name: 'The namespace name, e.g. shop (printable ASCII, not an ARN; unique in the account).',
    CreatorRequestId: 'An idempotency string (up to 64 characters).',
    Description: 'A description.',
    ...tagDocs,
  },
  CreatePrivateDnsNamespace: {
    '': 'Creates a Cloud Map namespace backed by a Route 53 private hosted zone in a VPC, so its names also resolve by DNS inside the VPC (service discovery with serviceRegistries: A records for awsvpc tasks, SRV records carrying the port for bridge and host tasks).',
    Name: 'The domain, e.g. shop.local.',
    Vpc: 'The VPC whose DNS answers for the zone (the sandbox has one: see DescribeSubnets).',
    CreatorRequestId: 'An idempotency string (up to 64 characters).',
    Description: 'A description.',
    ...tagDocs,
  },
  GetNamespace: {
    '': 'One namespace: type, properties and how many services it has.',
    Id: 'The namespace id (ns-…); the sandbox also takes its name or ARN.',
  },
  ListNamespaces: {
    '': "The account's namespaces.",
    MaxResults: 'At most this many per page.',
    NextToken: 'The NextToken of the previous page.',
    Filters: 'Keep namespaces by TYPE (HTTP, DNS_PRIVATE) or NAME.',
    'Filters[].Name': 'TYPE, NAME or HTTP_NAME.',
    ...filterDocs,
  },
  DeleteNamespace: { '': 'Deletes a namespace that has no services left.', Id: 'The namespace id (ns-…).' },
  ListServices: {
    '': 'The Cloud Map services: ECS creates one per discoveryName of each client-server Service Connect service.',
    MaxResults: 'At most this many per page.',
    NextToken: 'The NextToken of the previous page.',
    Filters: 'Keep the services of some namespaces (NAMESPACE_ID).',
    'Filters[].Name': 'NAMESPACE_ID.',
    ...filterDocs,
  },
  DiscoverInstances: {
    '': 'Looks up the instances of a service as an application using the Cloud Map API would: one per task that serves (RUNNING, not stopping, healthy), with its address and port.',
    NamespaceName: 'The namespace name, e.g. shop.',
    ServiceName: 'The Cloud Map service name (the discoveryName).',
    MaxResults: 'At most this many instances.',
    HealthStatus: 'HEALTHY (default), UNHEALTHY, ALL or HEALTHY_OR_ELSE_ALL.',
  },
} as const satisfies Record<OperationName<'servicediscovery'>, SchemaDocs>;

export const callServiceDocs: SchemaDocs = {
  '': "Simulator control: an application sends HTTP requests to a URL, and the answer says which tasks answered and why the rest failed. The sandbox's model: an IP address reaches the task that has it while that task runs (a replaced task's address times out); a short name resolves only in a task whose deployment enabled Service Connect, in the same namespace, for aliases that existed when the task started; the proxy spreads requests over the tasks that serve and answers 503 when none does.",
  cluster: clusterDoc,
  fromTask: 'The calling task: its id or ARN.',
  fromService: 'Or a service: each of its running tasks sends a share of the requests.',
  url: 'http://<name or IPv4>:<port>, e.g. http://inventory:8080 or http://172.31.0.23:8080.',
  requests: 'How many requests (1–1000). Default 10.',
};

export const setTrafficDocs: SchemaDocs = {
  '': "Simulator control: a service's application calls another service steadily. Every 5 seconds its running tasks send requestsPerSecond × 5 requests between them, each to the URL in its container's environment variable urlVariable, so a new task definition revision changes where the calls go. The outcomes are recorded for the service panel and lesson goals (the newest 30 minutes).",
  cluster: clusterDoc,
  service: 'The calling (client) service: its name or ARN.',
  urlVariable: 'The environment variable holding the URL, e.g. INVENTORY_URL.',
  requestsPerSecond: 'Requests a second across the whole service (0 stops the calls).',
};
