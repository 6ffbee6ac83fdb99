/**
 * JSON Schemas of the AWS Copilot manifests the sandbox reads: the four workload types a DVA learner meets
 * (Load Balanced Web Service, Backend Service, Worker Service, Scheduled Job) and the environment manifest.
 * Field names and allowed values follow Copilot's manifest reference (ecs-reference §15.1); only the fields the
 * sandbox acts on or lists are described, and everything else is refused as unknown so a typo never passes.
 *
 * The schemas are data in the JSON Schema subset `validate.ts` interprets (type, enum, const, pattern,
 * properties, required, additionalProperties, items, minimum/maximum, anyOf). They are not compiled with ajv at
 * run time: that needs `new Function`, which the app's Content Security Policy forbids (ARCHITECTURE §3,
 * "Validators are precompiled"), and the precompiled set is the engine's request schemas. `rule` is our own
 * keyword: the sentence a problem states when a value breaks the node ("must be a string starting with /").
 */

export type ManifestSchema =
  | ObjectSchema
  | {
      readonly type: 'string' | 'integer' | 'number' | 'boolean';
      readonly enum?: ReadonlyArray<string | number | boolean>;
      readonly pattern?: string;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly rule?: string;
      readonly description?: string;
    }
  | {
      readonly type: 'array';
      readonly items: ManifestSchema;
      readonly minItems?: number;
      readonly rule?: string;
      readonly description?: string;
    }
  | { readonly anyOf: ReadonlyArray<ManifestSchema>; readonly rule: string; readonly description?: string };

export interface ObjectSchema {
  readonly type: 'object';
  readonly properties?: Readonly<Record<string, ManifestSchema>>;
  readonly required?: ReadonlyArray<string>;
  /** false: unknown keys are refused; a schema: every other key's value (a map such as `variables`) */
  readonly additionalProperties?: false | ManifestSchema;
  /** pattern every key of a map must match */
  readonly keyPattern?: string;
  readonly keyRule?: string;
  readonly rule?: string;
  readonly description?: string;
}

/** The workload types the sandbox knows, as `type:` and `--svc-type` spell them. */
export const SERVICE_TYPES = ['Load Balanced Web Service', 'Backend Service', 'Worker Service'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const JOB_TYPE = 'Scheduled Job';
export type WorkloadType = ServiceType | typeof JOB_TYPE;
export const ENVIRONMENT_TYPE = 'Environment';
export type ManifestType = WorkloadType | typeof ENVIRONMENT_TYPE;

/** Copilot's names: lower-case letters, digits and dashes, starting with a letter (our bound: 20 characters). */
export const NAME_PATTERN = '^[a-z][a-z0-9-]{0,19}$';
const NAME_RULE = 'must be 1–20 lower-case letters, digits or dashes, starting with a letter';

const str = (rule?: string, pattern?: string): ManifestSchema => ({
  type: 'string',
  ...(pattern ? { pattern } : {}),
  ...(rule ? { rule } : {}),
});
const int = (minimum: number, maximum: number, rule?: string): ManifestSchema => ({
  type: 'integer',
  minimum,
  maximum,
  ...(rule ? { rule } : {}),
});
const bool: ManifestSchema = { type: 'boolean', rule: 'must be true or false' };
const obj = (
  properties: Record<string, ManifestSchema>,
  required: ReadonlyArray<string> = [],
  rule?: string,
): ObjectSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...(rule ? { rule } : {}),
});
const map = (values: ManifestSchema, keyPattern: string, keyRule: string, rule: string): ObjectSchema => ({
  type: 'object',
  additionalProperties: values,
  keyPattern,
  keyRule,
  rule,
});
const stringOrList = (rule: string): ManifestSchema => ({
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  rule,
});

/** Go-style durations as Copilot writes them: 30s, 5m, 1h30m. */
export const DURATION_PATTERN = '^(\\d+h)?(\\d+m)?(\\d+s)?$';
const duration = (what: string): ManifestSchema =>
  str(`${what} must be a duration such as 30s, 5m or 1h30m`, DURATION_PATTERN);

/** The CPU units Fargate offers; memory is checked against the pair (ecs-reference §1.7) in `validate.ts`. */
const CPU_VALUES = [256, 512, 1024, 2048, 4096, 8192, 16384] as const;

const image = (withPort: boolean): ObjectSchema => ({
  type: 'object',
  additionalProperties: false,
  rule: 'must be a map with build (a Dockerfile path or a map) or location (an image URI)',
  properties: {
    build: {
      anyOf: [
        { type: 'string' },
        obj({
          dockerfile: str(),
          context: str(),
          target: str(),
          cache_from: { type: 'array', items: { type: 'string' } },
          args: map({ type: 'string' }, '^.+$', '', 'must be a map of build arguments'),
        }),
      ],
      rule: 'must be a Dockerfile path, or a map with dockerfile, context, target, cache_from, args',
    },
    location: str('must be an image URI such as public.ecr.aws/nginx/nginx:latest', '^\\S+$'),
    ...(withPort ? { port: int(1, 65535, 'must be a port number from 1 to 65535') } : {}),
  },
});

const secretValue: ManifestSchema = {
  anyOf: [
    str('must be an SSM parameter name or ARN', '^\\S+$'),
    obj({ secretsmanager: str('must be a Secrets Manager secret name or ARN', '^\\S+$') }, [
      'secretsmanager',
    ]),
  ],
  rule: 'must be an SSM parameter name, or a map with secretsmanager: <secret name>',
};

const ENV_VAR_KEY = '^[A-Za-z_][A-Za-z0-9_]*$';
const ENV_VAR_RULE = 'is not a valid variable name (letters, digits and _, not starting with a digit)';

/** Fields every workload type has, each overridable per environment. */
const common = (withPort: boolean): Record<string, ManifestSchema> => ({
  image: image(withPort),
  cpu: {
    type: 'integer',
    enum: [...CPU_VALUES],
    rule: `must be one of the Fargate CPU sizes ${CPU_VALUES.join(', ')}`,
  },
  memory: int(512, 122880, 'must be memory in MiB, at least 512'),
  variables: map(
    { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], rule: 'must be a plain value' },
    ENV_VAR_KEY,
    ENV_VAR_RULE,
    'must be a map of NAME: value',
  ),
  secrets: map(secretValue, ENV_VAR_KEY, ENV_VAR_RULE, 'must be a map of NAME: SSM parameter name'),
  entrypoint: stringOrList('must be a string or a list of strings'),
  command: stringOrList('must be a string or a list of strings'),
  exec: bool,
  network: obj({
    vpc: obj({
      placement: {
        type: 'string',
        enum: ['public', 'private'],
        rule: 'must be public or private',
      },
      security_groups: { type: 'array', items: str('must be a security group id', '^sg-[0-9a-f]+$') },
    }),
  }),
  storage: obj({
    ephemeral: int(20, 200, 'must be GiB from 20 to 200'),
    volumes: map(
      obj(
        {
          path: str('must be an absolute path', '^/'),
          read_only: bool,
          efs: {
            anyOf: [
              { type: 'boolean' },
              obj({
                id: str('must be a file system id fs-…', '^fs-[0-9a-f]+$'),
                root_dir: str('must be an absolute path', '^/'),
                auth: obj({ iam: bool, access_point_id: str('must be an access point id fsap-…', '^fsap-') }),
              }),
            ],
            rule: 'must be true (a managed file system) or a map with id, root_dir, auth',
          },
        },
        ['path'],
      ),
      '^[A-Za-z0-9_-]+$',
      'must be letters, digits, _ or -',
      'must be a map of volume names',
    ),
  }),
});

const countField: ManifestSchema = {
  anyOf: [
    int(0, 5000),
    obj({
      range: str('must be a range such as 1-10', '^\\d+-\\d+$'),
      cpu_percentage: int(1, 100),
      memory_percentage: int(1, 100),
    }),
  ],
  rule: 'must be a task count (0–5000), or a map with range (e.g. 1-10) and scaling targets',
};

const healthcheck: ManifestSchema = {
  anyOf: [
    str('must be a path starting with /', '^/'),
    obj({
      path: str('must be a path starting with /', '^/'),
      success_codes: str(),
      healthy_threshold: int(2, 10, 'must be from 2 to 10'),
      unhealthy_threshold: int(2, 10, 'must be from 2 to 10'),
      interval: duration('interval'),
      timeout: duration('timeout'),
      grace_period: duration('grace_period'),
    }),
  ],
  rule: 'must be a path starting with /, or a map with path, thresholds, interval and timeout',
};

const httpPath = str('must be a string starting with /', '^/');

const topics = (withService: boolean): ManifestSchema => ({
  type: 'array',
  minItems: 1,
  rule: 'must be a list of topics, each with a name',
  items: obj(
    {
      name: str('must be letters, digits, _ or -', '^[A-Za-z0-9_-]+$'),
      ...(withService ? { service: str(NAME_RULE, NAME_PATTERN), filter_policy: { type: 'object' } } : {}),
    },
    withService ? ['name', 'service'] : ['name'],
  ),
});

const publish = obj({ topics: topics(false) });

/** A workload manifest's schema; `environments.<env>` takes the same fields but name/type. */
function workload(
  type: WorkloadType,
  fields: Record<string, ManifestSchema>,
  required: ReadonlyArray<string>,
): ObjectSchema {
  const override: ObjectSchema = { type: 'object', properties: fields, additionalProperties: false };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'type', ...required],
    properties: {
      name: str(NAME_RULE, NAME_PATTERN),
      type: { type: 'string', enum: [type], rule: `must be ${type} in this file` },
      ...fields,
      environments: map(override, NAME_PATTERN, NAME_RULE, 'must be a map of environment names'),
    },
  };
}

const webFields = {
  ...common(true),
  http: obj(
    {
      path: httpPath,
      healthcheck,
      deregistration_delay: duration('deregistration_delay'),
      stickiness: bool,
    },
    ['path'],
    'must be a map with path (and healthcheck)',
  ),
  count: countField,
  publish,
};

const backendFields = {
  ...common(true),
  http: obj({ path: httpPath, healthcheck }, ['path'], 'must be a map with path (and healthcheck)'),
  count: countField,
  publish,
};

const workerFields = {
  ...common(false),
  count: countField,
  subscribe: obj(
    {
      topics: topics(true),
      queue: obj({
        retention: duration('retention'),
        timeout: duration('timeout'),
        delay: duration('delay'),
        dead_letter: obj({ tries: int(1, 1000, 'must be from 1 to 1000') }),
      }),
    },
    [],
    'must be a map with topics (and queue)',
  ),
};

const jobFields = {
  ...common(false),
  on: obj({ schedule: str('must be a schedule expression') }, ['schedule'], 'must be a map with schedule'),
  retries: int(0, 10, 'must be from 0 to 10'),
  timeout: duration('timeout'),
};

export const MANIFEST_SCHEMAS: Readonly<Record<ManifestType, ObjectSchema>> = {
  'Load Balanced Web Service': workload('Load Balanced Web Service', webFields, ['image', 'http']),
  'Backend Service': workload('Backend Service', backendFields, ['image']),
  'Worker Service': workload('Worker Service', workerFields, ['image', 'subscribe']),
  'Scheduled Job': workload(JOB_TYPE, jobFields, ['image', 'on']),
  Environment: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'type'],
    properties: {
      name: str(NAME_RULE, NAME_PATTERN),
      type: { type: 'string', enum: [ENVIRONMENT_TYPE], rule: 'must be Environment in this file' },
      network: obj({
        vpc: obj({
          id: str('must be a VPC id vpc-…', '^vpc-[0-9a-f]+$'),
          cidr: str('must be a CIDR block such as 10.0.0.0/16', '^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$'),
        }),
      }),
      http: obj({
        public: obj({ certificates: { type: 'array', items: str() } }),
        private: obj({ internal_alb_subnets: { type: 'array', items: str() } }),
      }),
      observability: obj({ container_insights: bool }),
    },
  },
};

/** Which schema a manifest's `type:` selects; undefined for a type the sandbox does not know. */
export const schemaForType = (type: unknown): ObjectSchema | undefined =>
  typeof type === 'string' && type in MANIFEST_SCHEMAS ? MANIFEST_SCHEMAS[type as ManifestType] : undefined;
