/**
 * The names Copilot's resources get in the sandbox. Where CloudFormation would add a random suffix to a physical
 * name (the cluster, the roles, the service), the sandbox leaves it out so names can be read and checked: this is
 * the sandbox's model, said so in the CLI's output and in the resource panel.
 */

export const TAG_APP = 'copilot-application';
export const TAG_ENV = 'copilot-environment';
export const TAG_SVC = 'copilot-service';

export const appParameter = (app: string): string => `/copilot/applications/${app}`;
export const envParameter = (app: string, env: string): string =>
  `/copilot/applications/${app}/environments/${env}`;
export const workloadParameter = (app: string, name: string): string =>
  `/copilot/applications/${app}/components/${name}`;

export const clusterName = (app: string, env: string): string => `${app}-${env}-Cluster`;
export const familyName = (app: string, env: string, name: string): string => `${app}-${env}-${name}`;
export const serviceName = familyName;
export const executionRoleName = (app: string, env: string, name: string): string =>
  `${app}-${env}-${name}-ExecutionRole`.slice(0, 64);
export const taskRoleName = (app: string, env: string, name: string): string =>
  `${app}-${env}-${name}-TaskRole`.slice(0, 64);
export const logGroupName = (app: string, env: string, name: string): string =>
  `/copilot/${app}-${env}-${name}`;
export const repositoryName = (app: string, name: string): string => `${app}/${name}`;

/** ELB names: at most 32 letters, digits and dashes, not ending in a dash. */
const elbName = (text: string): string => text.slice(0, 32).replace(/-+$/, '');
export const loadBalancerName = (app: string, env: string): string => elbName(`${app}-${env}-lb`);
export const targetGroupName = (app: string, env: string, name: string): string =>
  elbName(`${app}-${env}-${name}`);

/** Copilot's log retention when the manifest names none (days). */
export const LOG_RETENTION_DAYS = 30;

/** The two default subnets the environment uses (the sandbox's VPC is fixed: see resources.ts). */
export const ENVIRONMENT_AZS = ['us-east-1a', 'us-east-1b'] as const;

export type Tag = { readonly key: string; readonly value: string };

export const copilotTags = (app: string, env?: string, name?: string): Tag[] => [
  { key: TAG_APP, value: app },
  ...(env ? [{ key: TAG_ENV, value: env }] : []),
  ...(name ? [{ key: TAG_SVC, value: name }] : []),
];
/** The same tags in the `Key`/`Value` spelling of SSM, ECR, ELB and IAM. */
export const upperTags = (tags: ReadonlyArray<Tag>) => tags.map((t) => ({ Key: t.key, Value: t.value }));
/** … and as the `tags` map CloudWatch Logs takes. */
export const mapTags = (tags: ReadonlyArray<Tag>): Record<string, string> =>
  Object.fromEntries(tags.map((t) => [t.key, t.value]));
