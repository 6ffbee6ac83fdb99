import { documentedSchema } from '../../engine/docs';
import { listOperations, type JsonSchema } from '../../engine/index';

/**
 * What the console needs to know about the API: the services, their operations (API names such as
 * `RunTask`) and each request's JSON Schema with its descriptions (the help text). The console reads the
 * schemas at run time, so a new operation or member in the engine shows up in parsing, help and completion
 * without touching the console.
 */
export interface ConsoleCatalog {
  services(): string[];
  operations(service: string): string[];
  schema(service: string, operation: string): JsonSchema | undefined;
}

/** Services the console offers: the AWS ones. The simulator's own `sim` controls are not an AWS CLI command. */
const AWS_SERVICES = new Set([
  'ecs',
  'ec2',
  'elbv2',
  'cloudwatch',
  'application-autoscaling',
  'autoscaling',
  'iam',
  'ssm',
  'secretsmanager',
  's3api',
  'ecr',
  'efs',
  'logs',
  'servicediscovery',
]);

/** The catalog of the engine's registered operations (AWS services only). */
export function engineCatalog(): ConsoleCatalog {
  // read on each use: the operations that load after the first page join the registry when they arrive
  const ops = () => listOperations().filter((o) => AWS_SERVICES.has(o.service));
  return {
    services: () => [...new Set(ops().map((o) => o.service as string))].sort(),
    operations: (service) =>
      ops()
        .filter((o) => o.service === service)
        .map((o) => o.operation),
    schema: (service, operation) =>
      AWS_SERVICES.has(service) ? documentedSchema(service, operation) : undefined,
  };
}
