import type { AgentConfig } from '../model/ec2';
import type { Attribute } from '../model/taskDefinition';

const LEGACY = 'com.amazonaws.ecs.capability.';
const CURRENT = 'ecs.capability.';

/** Docker Remote API versions the agent advertises on a current Docker engine (1.17 … 1.44). */
const DOCKER_API_VERSIONS = Array.from({ length: 44 - 17 + 1 }, (_, i) => `1.${17 + i}`);

const LEGACY_CAPABILITIES = [
  'privileged-container',
  'ecr-auth',
  'task-iam-role',
  'task-iam-role-network-host',
  'selinux',
  'apparmor',
];

const CURRENT_CAPABILITIES = [
  'execution-role-ecr-pull',
  'execution-role-awslogs',
  'task-eni',
  'task-cpu-mem-limit',
  'container-health-check',
  'container-ordering',
  'secrets.ssm.environment-variables',
  'secrets.asm.environment-variables',
  'private-registry-authentication.secretsmanager',
  'efs',
  'efsAuth',
  'env-files.s3',
  'firelens.fluentd',
  'firelens.fluentbit',
  'firelens.options.config.file',
  'firelens.options.config.s3',
  'logging-driver.awsfirelens.log-driver-buffer-limit',
  'execute-command',
  'service-connect-v1',
  'container-restart-policy',
  'docker-plugin.local',
  'storage.ebs-task-volume-attach',
  'pid-ipc-namespace-sharing',
];

/**
 * The agent advertises the FireLens log driver whatever ECS_AVAILABLE_LOGGING_DRIVERS says: it is not a Docker
 * driver the host offers but the agent's own routing to the task's log-router container.
 */
const FIRELENS_DRIVER = 'awsfirelens';

/**
 * The name-only capability attributes the agent on the ECS-optimized AMI advertises at registration: Docker
 * API versions, the logging drivers (ECS_AVAILABLE_LOGGING_DRIVERS, plus awsfirelens always), and the features
 * task definitions can require (`requiresAttributes`).
 */
export function capabilityAttributes(config: AgentConfig): Attribute[] {
  const drivers = config.loggingDrivers.filter((d) => d !== FIRELENS_DRIVER);
  return [
    ...DOCKER_API_VERSIONS.map((v) => `${LEGACY}docker-remote-api.${v}`),
    ...[...drivers, FIRELENS_DRIVER].map((d) => `${LEGACY}logging-driver.${d}`),
    ...LEGACY_CAPABILITIES.map((c) => `${LEGACY}${c}`),
    ...CURRENT_CAPABILITIES.map((c) => `${CURRENT}${c}`),
  ].map((name) => ({ name }));
}
