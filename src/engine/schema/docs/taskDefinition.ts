import { under, type SchemaDocs } from './schemaDocs';
import { containerDefinitionDocs } from './containerDefinition';
import { volumeDocs } from './taskDefinitionVolumes';

/** Hover text for RegisterTaskDefinition (schema/taskDefinition.ts): what the editor shows. */

export const registerTaskDefinitionDocs: SchemaDocs = {
  '': 'A request to register a new revision of a task definition family.',
  family:
    'The task definition’s name. Each registration in a family gets the next revision number (family:1, family:2, …); numbers are never reused, even after a revision is deregistered or deleted. 1–255 letters, digits, _ and -.',
  taskRoleArn:
    'The IAM role the application inside the containers uses for its own AWS calls (S3, DynamoDB…). Short name or ARN. Trusted principal: ecs-tasks.amazonaws.com.',
  executionRoleArn:
    'The IAM role the ECS agent (or Fargate) uses on the task’s behalf: pull from private ECR, send awslogs logs, read secrets. Required on Fargate for ECR images and awslogs.',
  networkMode:
    'How the containers get a network. bridge (default on EC2 Linux): Docker’s bridge, static or dynamic host ports. host: the instance’s own network, hostPort = containerPort. awsvpc: the task gets its own ENI and private IP (required on Fargate). none: no external networking.',
  containerDefinitions:
    'The containers of the task: 1 to 10 of them, each with a unique name; at least one essential.',
  ...under('containerDefinitions[]', containerDefinitionDocs),
  volumes: 'Volumes the containers can mount by name.',
  ...under('volumes[]', volumeDocs),
  placementConstraints:
    'Placement constraints applied to every task of this definition (memberOf only). At most 10 constraints per task, counting those given at run time.',
  'placementConstraints[]':
    'A rule every task of this definition obeys when placed on EC2 instances. Not supported on Fargate.',
  'placementConstraints[].type':
    'memberOf is the only constraint a task definition can carry. (distinctInstance is given to RunTask or CreateService instead.)',
  'placementConstraints[].expression':
    'A cluster query the instance must match, for example attribute:ecs.instance-type =~ t3.* or attribute:ecs.availability-zone in [us-east-1a, us-east-1b].',
  requiresCompatibilities:
    'Launch types this definition must work on. ECS checks the definition against each one at registration and rejects it if a rule fails. Listing FARGATE makes awsvpc and a Fargate cpu/memory size mandatory.',
  'requiresCompatibilities[]': 'A launch type to validate the definition for.',
  cpu: 'Task-level CPU as a string: CPU units ("1024") or vCPUs ("1 vCPU"); stored as units. EC2: optional, 128–196608 units; the task then reserves exactly this much. Fargate: required, one of 256, 512, 1024, 2048, 4096, 8192, 16384, and it decides which memory values are allowed.',
  memory:
    'Task-level memory as a string: MiB ("2048") or GB ("2 GB"); stored as MiB. EC2: optional; without it every container needs memory or memoryReservation. Fargate: required and must fit the chosen cpu (for 256: 512, 1024 or 2048).',
  pidMode:
    'Process namespace. host: the instance’s; task: one shared by the task’s containers. Default: each container its own. Fargate supports task only; not on Windows.',
  ipcMode:
    'IPC namespace: host, task (shared by the task’s containers) or none (private). Not supported on Fargate or Windows.',
  proxyConfiguration:
    'Settings for an App Mesh Envoy proxy container that intercepts the task’s traffic (awsvpc only).',
  'proxyConfiguration.type': 'The proxy type; APPMESH is the only one.',
  'proxyConfiguration.containerName': 'The container that runs the App Mesh proxy.',
  'proxyConfiguration.properties':
    'Proxy settings (IgnoredUID, ProxyIngressPort, AppPorts, EgressIgnoredIPs…).',
  'proxyConfiguration.properties[]':
    'Proxy settings (IgnoredUID, ProxyIngressPort, AppPorts, EgressIgnoredIPs…).',
  'proxyConfiguration.properties[].name':
    'The proxy setting’s name (IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs).',
  'proxyConfiguration.properties[].value': 'The proxy setting’s value, as text (lists are comma-separated).',
  inferenceAccelerators: 'Elastic Inference accelerators. Deprecated: the service is no longer available.',
  'inferenceAccelerators[]': 'An Elastic Inference accelerator.',
  'inferenceAccelerators[].deviceName': 'Name referenced by a container’s resourceRequirements.',
  'inferenceAccelerators[].deviceType': 'The Elastic Inference accelerator type.',
  ephemeralStorage: 'Scratch disk for the task on Fargate, shared by its containers and their image layers.',
  'ephemeralStorage.sizeInGiB': 'Ephemeral storage in GiB, 21–200. Default (when left out) 20 GiB.',
  runtimePlatform:
    'The OS and CPU architecture the task runs on. Every task definition of one service must agree.',
  'runtimePlatform.cpuArchitecture': 'CPU architecture of the images. Default X86_64.',
  'runtimePlatform.operatingSystemFamily':
    'Operating system of the images. Default LINUX. Windows on Fargate needs cpu of at least 1024.',
  tags: 'Tags on the task definition revision (at most 50).',
  'tags[]': 'A label for organising and cost allocation.',
  'tags[].key': 'Tag key, 1–128 characters. Keys starting with aws: are reserved.',
  'tags[].value': 'Tag value, up to 256 characters.',
  enableFaultInjection: 'Allow fault-injection requests from the task’s containers. Default false.',
};
