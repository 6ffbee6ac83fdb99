import {
  findOperation,
  IMAGE_CATALOG,
  parseImageReference,
  type InputOf,
  type Simulation,
} from '../../engine/index';
import type { DescribedTaskDefinition, JsonObject } from './described';
import type { Report } from './report';

/**
 * Describe outputs to requests. A describe output holds the request's members plus what ECS adds (ARNs,
 * revision, status, counts, timestamps); the request keeps exactly the members the engine's request schema has
 * (the AWS model's), so whatever the CLI adds in a later version is dropped rather than refused.
 */

/** The members of an operation's request, from its schema. */
export function requestMembers(service: 'ecs', operation: string): ReadonlySet<string> {
  const schema = findOperation(service, operation)?.schema as { properties?: object } | undefined;
  return new Set(Object.keys(schema?.properties ?? {}));
}

export const pick = (record: JsonObject, members: ReadonlySet<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => members.has(k)));

/** What stands in for an image the sandbox's registry does not hold: a web server that keeps running. */
export const STAND_IN_IMAGE = 'nginx:latest';

const inCatalog = (image: string): boolean => {
  const ref = parseImageReference(image);
  if (!ref) return false;
  return IMAGE_CATALOG.some(
    (i) =>
      i.repository === ref.repository &&
      (ref.digest ? `sha256:${i.digest}` === ref.digest : i.tags.includes(ref.tag ?? 'latest')),
  );
};

/** A role ARN of the pasted account, as the sandbox account's; the role is created there if missing. */
function sandboxRole(sim: Simulation, arn: string, report: Report, refusal: (e: unknown) => string) {
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const role = Object.hasOwn(sim.state.iam.roles, name) ? sim.state.iam.roles[name] : undefined;
  if (role) {
    if (role.Arn !== arn) report.mapped(`role ${name}`, `The sandbox account's own ${name} is used.`);
    return role.Arn;
  }
  try {
    const created = sim.call('iam', 'CreateRole', {
      RoleName: name,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    report.mapped(
      `role ${name}`,
      'Created in the sandbox, trusting ECS tasks, with no permissions: its policies are not in the pastes.',
    );
    return created.Role.Arn;
  } catch (e) {
    report.leftOut(`role ${name}`, `It could not be created: ${refusal(e)}`);
    return undefined;
  }
}

/** Volumes whose storage lives in another service of the account (EFS, FSx) or is set when a task starts. */
const outsideVolume = (v: JsonObject) =>
  typeof v !== 'object' ||
  v === null ||
  v['efsVolumeConfiguration'] !== undefined ||
  v['fsxWindowsFileServerVolumeConfiguration'] !== undefined ||
  v['configuredAtLaunch'] === true;

/**
 * The RegisterTaskDefinition request for a described task definition, adapted to the sandbox: images its registry
 * does not hold run a stand-in, secrets and environment files (whose values are elsewhere in the account) are
 * left out, awslogs writes to the sandbox region (its log group is created), roles are the sandbox account's.
 */
export function registerRequest(
  sim: Simulation,
  td: DescribedTaskDefinition,
  report: Report,
  refusal: (e: unknown) => string,
): InputOf<'ecs', 'RegisterTaskDefinition'> {
  const subject = `task definition ${td.family}:${td.revision}`;
  const request = pick(td.record, requestMembers('ecs', 'RegisterTaskDefinition'));
  const volumes = Array.isArray(request['volumes']) ? (request['volumes'] as JsonObject[]) : [];
  const dropped = new Set(volumes.filter(outsideVolume).map((v) => String(v?.['name'])));
  if (dropped.size > 0) {
    request['volumes'] = volumes.filter((v) => !outsideVolume(v));
    report.leftOut(
      subject,
      `Volumes ${[...dropped].join(', ')} (EFS, FSx or set at launch) and their mount points: that storage is not in the pastes.`,
    );
  }
  for (const key of ['taskRoleArn', 'executionRoleArn'] as const) {
    const arn = request[key];
    if (typeof arn !== 'string') continue;
    const role = sandboxRole(sim, arn, report, refusal);
    if (role === undefined) delete request[key];
    else request[key] = role;
  }
  if (request['proxyConfiguration'] !== undefined) {
    delete request['proxyConfiguration'];
    report.leftOut(subject, 'Its App Mesh proxy configuration: the sandbox has no service mesh.');
  }
  const containers = Array.isArray(request['containerDefinitions'])
    ? (request['containerDefinitions'] as JsonObject[])
    : [];
  request['containerDefinitions'] = containers.map((c) =>
    typeof c === 'object' && c !== null ? container(sim, subject, c, dropped, report, refusal) : c,
  );
  if (td.tags.length > 0) request['tags'] = td.tags;
  // the engine checks the request like any other: a member it refuses comes back as the definition's refusal
  return request as InputOf<'ecs', 'RegisterTaskDefinition'>;
}

function container(
  sim: Simulation,
  subject: string,
  c: JsonObject,
  droppedVolumes: ReadonlySet<string>,
  report: Report,
  refusal: (e: unknown) => string,
): JsonObject {
  const out: Record<string, unknown> = { ...c };
  const name = String(c['name']);
  if (typeof c['image'] === 'string' && !inCatalog(c['image'])) {
    out['image'] = STAND_IN_IMAGE;
    report.mapped(
      `image ${c['image']}`,
      `The sandbox's registry does not hold it, so its containers run ${STAND_IN_IMAGE} in its place: ` +
        'placement and scaling need only their sizes, ports and health.',
    );
  }
  for (const key of ['secrets', 'environmentFiles', 'repositoryCredentials']) {
    const value = c[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    delete out[key];
    report.leftOut(
      `${subject}, container ${name}`,
      `Its ${key}: their values live elsewhere in the account, not in the pastes.`,
    );
  }
  if (Array.isArray(c['mountPoints']) && droppedVolumes.size > 0)
    out['mountPoints'] = (c['mountPoints'] as JsonObject[]).filter(
      (m) => !droppedVolumes.has(String(m?.['sourceVolume'])),
    );
  const log = c['logConfiguration'] as JsonObject | undefined;
  if (log && typeof log === 'object' && !Array.isArray(log))
    out['logConfiguration'] = logConfiguration(sim, log, report, refusal);
  return out;
}

function logConfiguration(
  sim: Simulation,
  log: JsonObject,
  report: Report,
  refusal: (e: unknown) => string,
): JsonObject {
  const { secretOptions: _secrets, ...rest } = log;
  const given = rest['options'];
  if (rest['logDriver'] !== 'awslogs' || typeof given !== 'object' || given === null) return rest;
  const options = { ...(given as Record<string, unknown>) };
  const region = options['awslogs-region'];
  if (typeof region === 'string' && region !== sim.state.region) {
    options['awslogs-region'] = sim.state.region;
    report.mapped(`logs in ${region}`, `awslogs writes to the sandbox's region, ${sim.state.region}.`);
  }
  const group = options['awslogs-group'];
  if (typeof group === 'string' && !Object.hasOwn(sim.state.logs.groups, group)) {
    try {
      sim.call('logs', 'CreateLogGroup', { logGroupName: group });
      report.mapped(`log group ${group}`, 'Created in the sandbox, empty.');
    } catch (e) {
      report.leftOut(`log group ${group}`, `It could not be created: ${refusal(e)}`);
    }
  }
  return { ...rest, options };
}
