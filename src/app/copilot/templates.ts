/**
 * The manifests `copilot svc init`, `copilot job init` and `copilot env init` write: our own short comments,
 * Copilot's field names and defaults (cpu 256, memory 512, count 1, placement public).
 */
import type { ServiceType } from './manifestSchema';

/**
 * The image a workload runs when `svc init` is given neither --image nor --dockerfile (real Copilot would ask):
 * the sandbox's demo web app, which listens on 8080. With `build`, a deploy pushes this same image to the
 * workload's ECR repository, since the sandbox has no Docker to build with (see aws.ts).
 */
export const SANDBOX_BUILD_IMAGE = 'public.ecr.aws/ecs-sandbox/web:v1';

export interface WorkloadOptions {
  readonly name: string;
  /** an image URI (`image.location`) */
  readonly image?: string;
  /** a Dockerfile path (`image.build`) */
  readonly dockerfile?: string;
  readonly port?: number;
}

const imageBlock = (o: WorkloadOptions, withPort: boolean): string =>
  [
    'image:',
    o.dockerfile ? `  build: ${o.dockerfile}` : `  location: ${o.image ?? SANDBOX_BUILD_IMAGE}`,
    ...(withPort ? [`  port: ${o.port ?? 8080}`] : []),
  ].join('\n');

const sizing = ['cpu: 256       # CPU units (256 = 0.25 vCPU)', 'memory: 512    # MiB', 'count: 1'];

export function serviceManifest(type: ServiceType, o: WorkloadOptions): string {
  const head = [
    `# The manifest of the ${o.name} service: deploy it with copilot svc deploy --name ${o.name} --env <env>.`,
    `name: ${o.name}`,
    `type: ${type}`,
    '',
  ];
  switch (type) {
    case 'Load Balanced Web Service':
      return [
        ...head,
        imageBlock(o, true),
        '',
        '# the environment load balancer sends requests for this path here',
        'http:',
        "  path: '/'",
        '  healthcheck: /',
        '',
        ...sizing,
        'exec: true',
        '',
        '# per-environment values override the ones above',
        '# environments:',
        '#   prod:',
        '#     count: 2',
        '',
      ].join('\n');
    case 'Backend Service':
      return [
        ...head,
        imageBlock(o, true),
        '',
        '# no public endpoint: other services reach it inside the VPC',
        ...sizing,
        'network:',
        '  vpc:',
        '    placement: private',
        '',
      ].join('\n');
    case 'Worker Service':
      return [
        ...head,
        imageBlock(o, false),
        '',
        '# a queue subscribed to these topics feeds the worker',
        'subscribe:',
        '  topics:',
        '    - name: orders',
        '      service: api',
        ...sizing,
        '',
      ].join('\n');
  }
}

export function jobManifest(o: WorkloadOptions & { readonly schedule: string }): string {
  return [
    `# The manifest of the ${o.name} job: deploy it with copilot job deploy --name ${o.name} --env <env>.`,
    `name: ${o.name}`,
    'type: Scheduled Job',
    '',
    'on:',
    `  schedule: '${o.schedule.replace(/'/g, "''")}'`,
    'retries: 3',
    'timeout: 1h',
    '',
    imageBlock(o, false),
    'cpu: 256',
    'memory: 512',
    '',
  ].join('\n');
}

export function environmentManifest(name: string): string {
  return [
    `# The ${name} environment: deploy it with copilot env deploy --name ${name}.`,
    `name: ${name}`,
    'type: Environment',
    '',
    'observability:',
    '  container_insights: false',
    '',
  ].join('\n');
}
