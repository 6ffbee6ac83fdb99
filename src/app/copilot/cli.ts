/**
 * `copilot` in the console: the AWS Copilot CLI's commands for applications, environments, services and jobs,
 * printing in Copilot's manner (our words) and making the AWS calls its CloudFormation would make through the
 * session, so they are recorded, undoable and replayable. Manifests come from the learner's workspace
 * (workspace.svelte.ts) and are validated before every deploy; a deploy with problems is refused with them.
 *
 * Copilot reached end of support on 2026-06-12 (ecs-reference §15.1); the help text says so and names what
 * replaces it.
 */
import { isAwsError } from '../../engine/index';
import { tokenize } from '../console/tokenize';
import {
  clusterExists,
  createApp,
  createEnv,
  createWorkload,
  deployEnv,
  deployWorkload,
  CopilotRefusal,
  listEnvs,
  listWorkloads,
  readApp,
  readEnv,
  readWorkload,
  Calls,
  type Aws,
  type MadeCall,
} from './aws';
import { JOB_TYPE, NAME_PATTERN, SERVICE_TYPES, type ServiceType, type WorkloadType } from './manifestSchema';
import { clusterName, serviceName } from './names';
import { environmentManifest, jobManifest, serviceManifest } from './templates';
import { effectiveManifest, hasErrors, parseManifest, problemText, scheduleProblem } from './validate';
import { environmentManifestPath, manifestPath, WORKSPACE_FILE, applicationOf } from './workspace.svelte';

/** The files the CLI reads and writes (a CopilotWorkspace, or a plain object in tests). */
export interface WorkspaceFiles {
  readonly files: Readonly<Record<string, string>>;
  write(path: string, text: string): void;
}

export interface CopilotResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** the changing AWS calls made, in order */
  readonly calls: ReadonlyArray<MadeCall>;
}

type Flags = Readonly<Record<string, string | true>>;
interface Parsed {
  readonly path: string;
  readonly positional: ReadonlyArray<string>;
  readonly flags: Flags;
}

/** Each command, the flags it takes (value flags, then boolean ones) and its one-line help. */
const COMMANDS: Readonly<
  Record<
    string,
    {
      readonly values: ReadonlyArray<string>;
      readonly bools?: ReadonlyArray<string>;
      readonly help: string;
      readonly usage: string;
    }
  >
> = {
  'app init': {
    values: [],
    help: 'Create an application and link this workspace to it.',
    usage: 'copilot app init <name>',
  },
  'app show': {
    values: ['name'],
    help: 'Show the application: its environments and workloads.',
    usage: 'copilot app show [--name <app>]',
  },
  'env init': {
    values: ['name'],
    help: 'Create an environment (its record and manifest).',
    usage: 'copilot env init --name <env>',
  },
  'env deploy': {
    values: ['name'],
    help: "Deploy an environment's infrastructure (its cluster).",
    usage: 'copilot env deploy --name <env>',
  },
  'env ls': { values: [], help: 'List the environments.', usage: 'copilot env ls' },
  'svc init': {
    values: ['name', 'svc-type', 'image', 'dockerfile', 'port'],
    help: 'Create a service: its manifest, ECR repository and record.',
    usage:
      'copilot svc init --name <svc> --svc-type "Load Balanced Web Service" [--image <uri> | --dockerfile <path>] [--port <n>]',
  },
  'svc deploy': {
    values: ['name', 'env'],
    help: 'Deploy a service to an environment.',
    usage: 'copilot svc deploy --name <svc> --env <env>',
  },
  'svc ls': { values: [], help: 'List the services.', usage: 'copilot svc ls' },
  'svc status': {
    values: ['name', 'env'],
    help: "Show a deployed service's tasks and health.",
    usage: 'copilot svc status --name <svc> --env <env>',
  },
  'job init': {
    values: ['name', 'schedule', 'image', 'dockerfile'],
    help: 'Create a scheduled job: its manifest, ECR repository and record.',
    usage: 'copilot job init --name <job> --schedule "<expr>" [--image <uri> | --dockerfile <path>]',
  },
  'job deploy': {
    values: ['name', 'env'],
    help: 'Deploy a job to an environment.',
    usage: 'copilot job deploy --name <job> --env <env>',
  },
  'job ls': { values: [], help: 'List the jobs.', usage: 'copilot job ls' },
};

const SHORT: Readonly<Record<string, string>> = {
  n: 'name',
  e: 'env',
  t: 'svc-type',
  i: 'image',
  d: 'dockerfile',
  h: 'help',
};

const fail = (stderr: string, calls: ReadonlyArray<MadeCall> = []): CopilotResult => ({
  ok: false,
  stdout: '',
  stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
  exitCode: 1,
  calls,
});
const done = (stdout: string, calls: ReadonlyArray<MadeCall> = []): CopilotResult => ({
  ok: true,
  stdout: stdout.endsWith('\n') ? stdout : `${stdout}\n`,
  stderr: '',
  exitCode: 0,
  calls,
});

export const END_OF_SUPPORT =
  'Note: AWS Copilot reached end of support on 2026-06-12. For new work use Amazon ECS Express Mode, ' +
  'the AWS CDK (ecs-patterns) or CloudFormation; the DVA-C02 exam still asks about Copilot.';

export function copilotHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`);
  return [
    'copilot — build, release and operate containerized applications on Amazon ECS (sandbox edition).',
    '',
    'Commands:',
    ...lines,
    '',
    'Each command takes --help. Manifests live in the Copilot tab (copilot/<name>/manifest.yml).',
    END_OF_SUPPORT,
  ].join('\n');
}

/** Splits `copilot <noun> <verb> …` into the command, its positional words and its flags; errors are sentences. */
export function parseCopilot(
  line: string,
): { ok: true; value: Parsed | 'help' } | { ok: false; error: string } {
  const words = tokenize(line);
  if (!words.ok) return { ok: false, error: words.error };
  const [first, ...rest] = words.value.map((w) => w.text);
  if (first !== 'copilot') return { ok: false, error: 'A copilot command starts with "copilot".' };
  if (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h' || rest[0] === 'help')
    return { ok: true, value: 'help' };
  const [noun, verb, ...args] = rest;
  const path = `${noun} ${verb ?? ''}`.trim();
  const spec = COMMANDS[path];
  if (!spec) {
    const nouns = [...new Set(Object.keys(COMMANDS).map((k) => k.split(' ')[0]!))];
    if (!nouns.includes(noun!))
      return {
        ok: false,
        error: `Unknown command "${noun}". Run copilot --help; the commands are ${nouns.join(', ')}.`,
      };
    const verbs = Object.keys(COMMANDS)
      .filter((k) => k.startsWith(`${noun} `))
      .map((k) => k.split(' ')[1]);
    return {
      ok: false,
      error: verb
        ? `Unknown command "copilot ${noun} ${verb}". copilot ${noun} has: ${verbs.join(', ')}.`
        : `copilot ${noun} needs a subcommand: ${verbs.join(', ')}.`,
    };
  }
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const m = /^--?([a-z-]+)(?:=(.*))?$/.exec(word);
    if (!m) {
      positional.push(word);
      continue;
    }
    const name = word.startsWith('--') ? m[1]! : (SHORT[m[1]!] ?? m[1]!);
    if (name === 'help') {
      flags.help = true;
      continue;
    }
    if (!spec.values.includes(name) && !(spec.bools ?? []).includes(name)) {
      const allowed = spec.values.map((v) => `--${v}`).join(', ');
      return {
        ok: false,
        error: `Unknown flag ${word} for copilot ${path}. ${allowed ? `It takes ${allowed}.` : 'It takes no flags.'}\nUsage: ${spec.usage}`,
      };
    }
    if ((spec.bools ?? []).includes(name)) {
      flags[name] = true;
      continue;
    }
    const value = m[2] ?? args[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith('-')))
      return { ok: false, error: `Flag --${name} needs a value.\nUsage: ${spec.usage}` };
    flags[name] = value;
  }
  const maxPositional = path === 'app init' ? 1 : 0;
  if (positional.length > maxPositional)
    return { ok: false, error: `Unexpected argument "${positional[maxPositional]}".\nUsage: ${spec.usage}` };
  return { ok: true, value: { path, positional, flags } };
}

const nameProblem = (what: string, name: string): string | undefined =>
  new RegExp(NAME_PATTERN).test(name)
    ? undefined
    : `The ${what} name "${name}" must be 1–20 lower-case letters, digits or dashes, starting with a letter.`;

/**
 * Runs one `copilot …` line. `aws` is the session's call path (the console's); `ws` the workspace of manifests.
 * Never throws: AWS errors and refusals come back on stderr, with the calls made before them.
 */
export function runCopilot(line: string, aws: Aws, ws: WorkspaceFiles): CopilotResult {
  const parsed = parseCopilot(line);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.value === 'help') return done(copilotHelp());
  const cmd = parsed.value;
  const spec = COMMANDS[cmd.path]!;
  if (cmd.flags.help) return done(`${spec.help}\n\nUsage: ${spec.usage}`);
  const calls = new Calls(aws);
  try {
    return run(cmd, calls, ws);
  } catch (e) {
    if (e instanceof CopilotRefusal) return fail(`✘ ${e.message}`, calls.made);
    if (isAwsError(e))
      return fail(
        `✘ AWS refused a call: ${e.name}: ${e.message}\nNothing after that call was made.`,
        calls.made,
      );
    return fail(`✘ ${e instanceof Error ? e.message : String(e)}`, calls.made);
  }
}

function need(flags: Flags, name: string, usage: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') throw new CopilotRefusal(`Missing --${name}.\nUsage: ${usage}`);
  return v;
}

function run(cmd: Parsed, calls: Calls, ws: WorkspaceFiles): CopilotResult {
  const usage = COMMANDS[cmd.path]!.usage;
  const linked = applicationOf(ws.files);
  const app = (): string => {
    if (!linked)
      throw new CopilotRefusal('This workspace has no application yet. Run copilot app init <name> first.');
    if (!readApp(calls, linked))
      throw new CopilotRefusal(
        `The application ${linked} does not exist in this account. Run copilot app init ${linked}.`,
      );
    return linked;
  };
  const named = (what: string): string => {
    const name = need(cmd.flags, 'name', usage);
    const problem = nameProblem(what, name);
    if (problem) throw new CopilotRefusal(problem);
    return name;
  };

  switch (cmd.path) {
    case 'app init': {
      const name = cmd.positional[0];
      if (!name) throw new CopilotRefusal(`Name the application.\nUsage: ${usage}`);
      const problem = nameProblem('application', name);
      if (problem) throw new CopilotRefusal(problem);
      if (linked && linked !== name)
        throw new CopilotRefusal(
          `This workspace already belongs to the application ${linked}; one workspace, one application.`,
        );
      const made = createApp(calls, name);
      ws.write(WORKSPACE_FILE, `application: ${name}\n`);
      return done(
        [
          made
            ? `✔ Created the application ${name}.`
            : `✔ The application ${name} already exists; this workspace is linked to it.`,
          `  Recorded in SSM Parameter Store: /copilot/applications/${name}`,
          '  Not simulated: the CloudFormation stack set and its roles, the pipeline KMS key and S3 bucket.',
          'Next: copilot env init --name test',
        ].join('\n'),
        calls.made,
      );
    }
    case 'env init': {
      const a = app();
      const env = named('environment');
      const made = createEnv(calls, a, env);
      const path = environmentManifestPath(env);
      const wrote = ws.files[path] === undefined;
      if (wrote) ws.write(path, environmentManifest(env));
      return done(
        [
          made ? `✔ Created the environment ${env} in ${a}.` : `✔ The environment ${env} already exists.`,
          wrote ? `✔ Wrote the manifest ${path}.` : `  Kept the manifest ${path}.`,
          `Next: copilot env deploy --name ${env}`,
        ].join('\n'),
        calls.made,
      );
    }
    case 'env deploy': {
      const a = app();
      const env = named('environment');
      if (!readEnv(calls, a, env))
        throw new CopilotRefusal(`There is no environment ${env}. Run copilot env init --name ${env} first.`);
      const path = environmentManifestPath(env);
      const text = ws.files[path];
      if (text === undefined)
        throw new CopilotRefusal(
          `There is no manifest ${path}. Run copilot env init --name ${env} to write one.`,
        );
      const m = parseManifest(path, text);
      if (hasErrors(m)) return refuseManifest(m.problems.map(problemText), calls.made);
      const made = deployEnv(calls, a, env, m.value);
      return done(
        [
          made
            ? `✔ Deployed the environment ${env}: cluster ${clusterName(a, env)}.`
            : `✔ The environment ${env} is up to date (no changes).`,
          '  Sandbox model: the environment uses the default VPC (subnets in us-east-1a and us-east-1b); Copilot would',
          '  create its own VPC with public and private subnets. The shared load balancer comes with the first web service.',
          `Next: copilot svc init --name web --svc-type "Load Balanced Web Service"`,
        ].join('\n'),
        calls.made,
      );
    }
    case 'svc init':
    case 'job init': {
      const a = app();
      const name = named(cmd.path === 'svc init' ? 'service' : 'job');
      let type: WorkloadType;
      let schedule: string | undefined;
      if (cmd.path === 'svc init') {
        const t = need(cmd.flags, 'svc-type', usage);
        if (!(SERVICE_TYPES as ReadonlyArray<string>).includes(t))
          throw new CopilotRefusal(
            `--svc-type "${t}" is not a service type here. Use one of: ${SERVICE_TYPES.map((s) => `"${s}"`).join(', ')}. ` +
              '(Request-Driven Web Service runs on App Runner and Static Site on S3/CloudFront: not simulated.)',
          );
        type = t as ServiceType;
      } else {
        type = JOB_TYPE;
        schedule = need(cmd.flags, 'schedule', usage);
        const problem = scheduleProblem(schedule);
        if (problem) throw new CopilotRefusal(`--schedule "${schedule}" is not valid: ${problem}.`);
      }
      if (cmd.flags.image && cmd.flags.dockerfile)
        throw new CopilotRefusal('Give --image or --dockerfile, not both.');
      const port = cmd.flags.port === undefined ? undefined : Number(cmd.flags.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535))
        throw new CopilotRefusal(`--port ${String(cmd.flags.port)} must be a port number from 1 to 65535.`);
      const known = readWorkload(calls, a, name);
      if (known && known.type !== type)
        throw new CopilotRefusal(`${name} already exists as a ${known.type}; pick another name.`);
      const created = createWorkload(calls, a, name, type);
      const path = manifestPath(name);
      const wrote = ws.files[path] === undefined;
      const options = {
        name,
        ...(typeof cmd.flags.image === 'string' ? { image: cmd.flags.image } : {}),
        ...(typeof cmd.flags.dockerfile === 'string' ? { dockerfile: cmd.flags.dockerfile } : {}),
        ...(port !== undefined ? { port } : {}),
      };
      if (wrote)
        ws.write(
          path,
          type === JOB_TYPE
            ? jobManifest({ ...options, schedule: schedule! })
            : serviceManifest(type as ServiceType, options),
        );
      const verb = type === JOB_TYPE ? 'job' : 'svc';
      return done(
        [
          `✔ ${known ? 'Found' : 'Created'} the ${type} ${name}.`,
          ...created.map((c) => `  Created ${c}`),
          wrote ? `✔ Wrote the manifest ${path}.` : `  Kept the manifest ${path}.`,
          `Next: edit it in the Copilot tab, then copilot ${verb} deploy --name ${name} --env test`,
        ].join('\n'),
        calls.made,
      );
    }
    case 'svc deploy':
    case 'job deploy': {
      const a = app();
      const name = named(cmd.path === 'svc deploy' ? 'service' : 'job');
      const env = need(cmd.flags, 'env', usage);
      const record = readWorkload(calls, a, name);
      const isJob = cmd.path === 'job deploy';
      if (!record)
        throw new CopilotRefusal(
          `There is no ${isJob ? 'job' : 'service'} ${name}. Run copilot ${isJob ? 'job' : 'svc'} init --name ${name} first.`,
        );
      if ((record.type === JOB_TYPE) !== isJob)
        throw new CopilotRefusal(
          `${name} is a ${record.type}: deploy it with copilot ${isJob ? 'svc' : 'job'} deploy.`,
        );
      if (!readEnv(calls, a, env))
        throw new CopilotRefusal(`There is no environment ${env}. Run copilot env init --name ${env} first.`);
      if (!clusterExists(calls, a, env))
        throw new CopilotRefusal(
          `The environment ${env} is not deployed yet. Run copilot env deploy --name ${env} first.`,
        );
      const path = manifestPath(name);
      const text = ws.files[path];
      if (text === undefined) throw new CopilotRefusal(`There is no manifest ${path}.`);
      const m = parseManifest(path, text, name);
      if (hasErrors(m))
        return refuseManifest(m.problems.filter((p) => p.severity === 'error').map(problemText), calls.made);
      if (m.type !== record.type)
        throw new CopilotRefusal(
          `${path} says type: ${String(m.type)}, but ${name} was created as a ${record.type}.`,
        );
      const effective = effectiveManifest(m.value, env);
      const out = deployWorkload(calls, a, env, name, record.type, effective);
      const notSimulated = notSimulatedFor(record.type, effective);
      return done(
        [
          `✔ Deployed ${name} to ${env}.`,
          ...out.created.map((c) => `  Created ${c}`),
          ...out.updated.map((c) => `  Updated ${c}`),
          ...(out.url ? [`  Reachable at ${out.url}`] : []),
          ...(notSimulated.length ? [`  Not simulated: ${notSimulated.join('; ')}.`] : []),
          isJob ? '' : `Run time, then: copilot svc status --name ${name} --env ${env}`,
        ]
          .filter((l) => l !== '')
          .join('\n'),
        calls.made,
      );
    }
    case 'svc ls':
    case 'job ls': {
      const a = app();
      const wanted = cmd.path === 'job ls';
      const rows = listWorkloads(calls, a).filter((w) => (w.type === JOB_TYPE) === wanted);
      if (rows.length === 0) return done(`No ${wanted ? 'jobs' : 'services'} in ${a} yet.`);
      return done(
        ['Name                  Type', ...rows.map((w) => `${w.name.padEnd(22)}${w.type}`)].join('\n'),
      );
    }
    case 'env ls': {
      const a = app();
      const rows = listEnvs(calls, a);
      return done(rows.length ? rows.map((e) => e.name).join('\n') : `No environments in ${a} yet.`);
    }
    case 'app show': {
      const a = typeof cmd.flags.name === 'string' ? cmd.flags.name : app();
      if (!readApp(calls, a)) throw new CopilotRefusal(`There is no application ${a}.`);
      const envs = listEnvs(calls, a);
      const workloads = listWorkloads(calls, a);
      return done(
        [
          `About\n  Name     ${a}\n  Region   ${envs[0]?.region ?? 'us-east-1'}`,
          '',
          'Environments',
          ...(envs.length
            ? envs.map(
                (e) =>
                  `  ${e.name.padEnd(12)}${clusterExists(calls, a, e.name) ? 'deployed' : 'not deployed'}`,
              )
            : ['  (none)']),
          '',
          'Workloads',
          ...(workloads.length ? workloads.map((w) => `  ${w.name.padEnd(12)}${w.type}`) : ['  (none)']),
          '',
          END_OF_SUPPORT,
        ].join('\n'),
      );
    }
    case 'svc status':
      return status(calls, app(), named('service'), need(cmd.flags, 'env', usage));
  }
  throw new CopilotRefusal(`copilot ${cmd.path} is not available.`);
}

function refuseManifest(lines: ReadonlyArray<string>, calls: ReadonlyArray<MadeCall>): CopilotResult {
  return fail(
    [
      `✘ The manifest has ${lines.length} problem${lines.length === 1 ? '' : 's'}; nothing was deployed:`,
      ...lines.map((l) => `  ${l}`),
    ].join('\n'),
    calls,
  );
}

/** What this deploy would also have made in AWS that the sandbox only lists. */
function notSimulatedFor(type: WorkloadType, m: Readonly<Record<string, unknown>>): string[] {
  const out = ['the CloudFormation stack that owns these resources'];
  if (type === 'Worker Service')
    out.push('the SQS queue (with its dead-letter queue) and its SNS topic subscriptions');
  if (type === JOB_TYPE)
    out.push('the Step Functions state machine (retries, timeout) and the EventBridge schedule rule');
  if (type === 'Backend Service' && m.http) out.push('the internal load balancer for http');
  if (m.publish) out.push('the SNS topics in publish');
  if (typeof m.count === 'object')
    out.push('the auto scaling of count.range (the service starts at its minimum)');
  if ((m.storage as { volumes?: unknown } | undefined)?.volumes) out.push('the storage volumes');
  return out;
}

function status(calls: Calls, app: string, name: string, env: string): CopilotResult {
  const cluster = clusterName(app, env);
  const svc = calls
    .read<{
      services: Array<{
        status: string;
        desiredCount: number;
        runningCount: number;
        pendingCount: number;
        deployments: Array<{ status: string; rolloutState?: string; taskDefinition: string }>;
      }>;
    }>('ecs', 'DescribeServices', { cluster, services: [serviceName(app, env, name)] })
    ?.services.find((s) => s.status === 'ACTIVE');
  if (!svc)
    throw new CopilotRefusal(
      `${name} is not deployed to ${env}. Run copilot svc deploy --name ${name} --env ${env}.`,
    );
  const taskArns =
    calls.read<{ taskArns: string[] }>('ecs', 'ListTasks', {
      cluster,
      serviceName: serviceName(app, env, name),
    })?.taskArns ?? [];
  const tasks = taskArns.length
    ? (calls.read<{
        tasks: Array<{
          taskArn: string;
          lastStatus: string;
          healthStatus?: string;
          availabilityZone?: string;
        }>;
      }>('ecs', 'DescribeTasks', { cluster, tasks: taskArns })?.tasks ?? [])
    : [];
  return done(
    [
      `Service Status\n  ${svc.runningCount}/${svc.desiredCount} tasks running${svc.pendingCount ? `, ${svc.pendingCount} pending` : ''}`,
      '',
      'Deployments',
      ...svc.deployments.map(
        (d) =>
          `  ${d.status.padEnd(9)}${(d.rolloutState ?? '').padEnd(12)}${d.taskDefinition.split('/').pop()}`,
      ),
      '',
      'Tasks',
      ...(tasks.length
        ? tasks.map(
            (t) =>
              `  ${t.taskArn.split('/').pop()!.slice(0, 8)}  ${t.lastStatus.padEnd(9)}${(t.availabilityZone ?? '').padEnd(12)}${t.healthStatus ?? ''}`,
          )
        : ['  (none)']),
    ].join('\n'),
  );
}
