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
  'firelens.fluentbit',
  'firelens.options.config.file',
  'execute-command',
  'service-connect-v1',
  'container-restart-policy',
  'docker-plugin.local',
  'storage.ebs-task-volume-attach',
  'pid-ipc-namespace-sharing',
];

/**
 * The name-only capability attributes the agent on the ECS-optimized AMI advertises at registration: Docker
 * API versions, the configured logging drivers, and the features task definitions can require
 * (`requiresAttributes`). Logging drivers come from ECS_AVAILABLE_LOGGING_DRIVERS.
 */
export function capabilityAttributes(config: AgentConfig): Attribute[] {
  return [
    ...DOCKER_API_VERSIONS.map((v) => `${LEGACY}docker-remote-api.${v}`),
    ...config.loggingDrivers.map((d) => `${LEGACY}logging-driver.${d}`),
    ...LEGACY_CAPABILITIES.map((c) => `${LEGACY}${c}`),
    ...CURRENT_CAPABILITIES.map((c) => `${CURRENT}${c}`),
  ].map((name) => ({ name }));
}
