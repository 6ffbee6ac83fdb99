import { DEMO_APP, pullImage, type CatalogImage } from '../catalog/images';
import type { SimTime } from '../model/ids';
import type { HealthCheck } from '../model/taskDefinition';
import { HEALTH_DEFAULTS } from '../lifecycle/health';
import type { LogLine } from './streams';

/**
 * What the simulated images print, as the awslogs driver would deliver it: their own start-up lines, the
 * port they listen on, health-check requests they fail, a summary of the requests of each minute (the load
 * model's numbers: a real server logs a line per request, the sandbox sums them up and says so), errors, and
 * how they shut down. The lines are the sandbox's own, written in the style of each program. Everything here is
 * a pure function of the image, the container's plan and the time window, so the same seed gives the same log.
 */

/** Which program's voice a container speaks in. */
type Voice = 'nginx' | 'httpd' | 'sample' | 'demo' | 'shell' | 'silent';

function voiceOf(image: CatalogImage | undefined): Voice {
  if (!image) return 'silent';
  if (image.behaviour.kind === 'shell') return 'shell';
  if (image.repository === DEMO_APP) return 'demo';
  if (image.repository.endsWith('/nginx')) return 'nginx';
  if (image.repository.endsWith('/httpd')) return 'httpd';
  if (image.repository.endsWith('/amazon-ecs-sample')) return 'sample';
  return 'silent';
}

/** The image a container runs (its catalog entry), or undefined when it is not in the simulated registry. */
export const catalogImageOf = (image: string): CatalogImage | undefined => {
  const pulled = pullImage(image);
  return pulled.ok ? pulled.image : undefined;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's error-log time: `2026/01/01 00:00:05`. */
const nginxTime = (epochSeconds: number) => {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Apache's error-log time: `[Thu Jan 01 00:00:05.000000 2026]`. */
const apacheTime = (epochSeconds: number) => {
  const d = new Date(Math.floor(epochSeconds * 1000));
  return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000 ${d.getUTCFullYear()}]`;
};

/** What a container is, for its lines. */
export interface ProgramView {
  readonly image: string;
  /** entryPoint + command */
  readonly argv: ReadonlyArray<string>;
  readonly healthCheck?: HealthCheck;
  readonly startAt: SimTime;
  /** when it exits (Infinity: not planned), and whether the exit is the image's own doing */
  readonly exitAt: SimTime;
  readonly exitCode?: number;
  /** set when the exit was forced from outside (sim ExitContainer): its reason */
  readonly forcedReason?: string;
  /** the container ports it listens on (portMappings), else the image's */
  readonly ports: ReadonlyArray<number>;
  /** the task's epoch (state.startEpoch), for the programs' own timestamps */
  readonly startEpoch: number;
}

/** The demo app's version from its tag (v1, v2…), for its start-up line. */
const demoVersion = (image: string) => /:(v\d+)$/.exec(image)?.[1] ?? 'v1';

/** The lines a container prints on its own between `from` (exclusive) and `to` (inclusive). */
export function timedLines(p: ProgramView, from: SimTime, to: SimTime): LogLine[] {
  const image = catalogImageOf(p.image);
  const voice = voiceOf(image);
  const out: LogLine[] = [];
  const at = (t: SimTime, message: string) => {
    if (t > from && t <= to) out.push({ at: t, message });
  };
  const s = p.startAt;
  const epoch = (t: SimTime) => p.startEpoch + t;
  const ports = p.ports.length ? p.ports : (image?.ports ?? []);
  switch (voice) {
    case 'nginx': {
      const nt = nginxTime(epoch(s));
      at(
        s,
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      );
      at(s, '/docker-entrypoint.sh: Configuration complete; ready for start up');
      at(s, `${nt} [notice] 1#1: using the "epoll" event method`);
      at(s, `${nt} [notice] 1#1: ${image?.tags.includes('1.27') ? 'nginx/1.27.3' : 'nginx/1.27.4'}`);
      at(s, `${nt} [notice] 1#1: start worker processes`);
      at(
        s,
        `${nt} [notice] 1#1: listening on port ${ports.join(', ') || 80} (ECS Sandbox note: nginx's own log does not say this)`,
      );
      break;
    }
    case 'httpd':
    case 'sample': {
      const t = apacheTime(epoch(s));
      at(
        s,
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      );
      at(
        s,
        `${t} [mpm_${voice === 'sample' ? 'prefork' : 'event'}:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix)${voice === 'sample' ? ' PHP/8.2' : ''} configured -- resuming normal operations`,
      );
      at(s, `${t} [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`);
      break;
    }
    case 'demo': {
      const b = image!.behaviour;
      at(s, `INFO web ${demoVersion(p.image)} starting (pid 1)`);
      at(s, `INFO listening on 0.0.0.0:${ports[0] ?? 8080}`);
      if (b.kind === 'server' && typeof b.health === 'object') {
        at(s, `INFO warming caches before serving: ready in about ${b.health.passAfterSeconds} s`);
        at(s + b.health.passAfterSeconds, 'INFO caches warm: ready to serve');
      }
      if (b.kind === 'server' && b.health === 'fail')
        at(s, 'WARN database connection refused (db:5432): /health will answer 503 until it comes back');
      if (b.kind === 'crash' && p.forcedReason === undefined && p.exitAt < Infinity) {
        at(
          p.exitAt,
          'ERROR unhandled exception: could not connect to database at db:5432 (connection refused)',
        );
        at(p.exitAt, `FATAL exiting with code ${p.exitCode ?? b.exitCode}`);
      }
      break;
    }
    case 'shell':
      for (const line of shellOutput(p.argv)) at(s + line.after, line.message);
      break;
    case 'silent':
      break;
  }
  // a failing health check is an HTTP request the app answers with an error (the demo app logs them)
  if (voice === 'demo' && p.healthCheck && image) {
    const b = image.behaviour;
    const passAfter =
      b.kind !== 'server' || b.health === 'pass'
        ? 0
        : b.health === 'fail'
          ? Infinity
          : b.health.passAfterSeconds;
    if (passAfter > 0) {
      const interval = p.healthCheck.interval ?? HEALTH_DEFAULTS.interval;
      const end = Math.min(to, p.exitAt - 1e-3, s + passAfter - 1e-3);
      const first = Math.max(1, Math.floor((from - s) / interval) + 1);
      // (a tolerance for the float sums of start times: the check at exactly `to` is included)
      const last = Math.floor((end - s) / interval + 1e-6);
      // at most 200 lines per delivery (a health check that never passes goes on for ever)
      for (let k = Math.max(first, last - 199); k <= last; k++) {
        const t = s + k * interval;
        at(
          t,
          passAfter === Infinity
            ? 'ERROR GET /health 503: database connection refused'
            : 'WARN GET /health 503: still warming up',
        );
      }
    }
  }
  if (
    p.forcedReason !== undefined &&
    p.exitAt < Infinity &&
    p.exitCode !== 137 &&
    voice !== 'silent' &&
    voice !== 'shell'
  )
    at(p.exitAt, `FATAL ${p.forcedReason}: exiting with code ${p.exitCode ?? 1}`);
  return out;
}

/** What `echo` prints in the tiny shell, and when (seconds after start); `sh: x: not found` for an unknown command. */
export function shellOutput(argv: ReadonlyArray<string>): Array<{ after: number; message: string }> {
  const out: Array<{ after: number; message: string }> = [];
  let seconds = 0;
  const simple = (
    words: ReadonlyArray<string>,
    inShell: boolean,
  ): { seconds?: number; status: number; exits?: boolean } => {
    const [cmd = '', ...args] = words;
    const name = cmd.replace(/^\/(usr\/)?bin\//, '');
    switch (name) {
      case 'echo':
        out.push({ after: seconds, message: args.join(' ') });
        return { seconds: 0, status: 0 };
      case 'sleep': {
        if (args[0] === 'infinity') return { status: 0 };
        const n = Number(args[0]);
        return Number.isFinite(n) && n >= 0 ? { seconds: n, status: 0 } : { seconds: 0, status: 1 };
      }
      case 'tail':
        return args.includes('-f') ? { status: 0 } : { seconds: 0, status: 0 };
      case 'exit':
        return { seconds: 0, status: Number(args[0] ?? 0) || 0, exits: true };
      case 'true':
      case ':':
        return { seconds: 0, status: 0 };
      case 'false':
        return { seconds: 0, status: 1 };
      case 'sh':
        return args[0] === '-c' && args[1] !== undefined ? script(args[1]) : { seconds: 0, status: 0 };
      default:
        if (inShell) out.push({ after: seconds, message: `sh: ${name}: not found` });
        return { seconds: 0, status: 127 };
    }
  };
  const script = (text: string): { seconds?: number; status: number } => {
    const tokens = text.split(/(;|&&|\|\|)/).map((t) => t.trim());
    let status = 0;
    let skip = false;
    for (let i = 0; i < tokens.length; i += 2) {
      const words = (tokens[i] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.replace(/^["']|["']$/g, ''));
      if (!skip && words.length) {
        const run = simple(words, true);
        if (run.seconds === undefined) return { status: 0 };
        seconds += run.seconds;
        status = run.status;
        if (run.exits) return { seconds, status };
      }
      const op = tokens[i + 1];
      skip = (op === '&&' && status !== 0) || (op === '||' && status === 0);
    }
    return { seconds, status };
  };
  if (argv.length) {
    const run = simple(argv, false);
    if (run.seconds !== undefined) seconds += run.seconds;
  }
  return out;
}

/** What the program prints when told to stop (docker stop sends the image's stop signal); nothing if it ignores it. */
export function stopSignalLines(image: string, at: SimTime, startEpoch: number): LogLine[] {
  const voice = voiceOf(catalogImageOf(image));
  switch (voice) {
    case 'nginx':
      return [
        {
          at,
          message: `${nginxTime(startEpoch + at)} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down`,
        },
      ];
    case 'httpd':
    case 'sample':
      return [
        {
          at,
          message: `${apacheTime(startEpoch + at)} [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully`,
        },
      ];
    case 'demo':
      return [{ at, message: 'INFO SIGTERM received: draining connections' }];
    default:
      return [];
  }
}

/** What the program prints as it finishes a graceful stop (exit code 0). */
export function stoppedLines(image: string, at: SimTime, startEpoch: number): LogLine[] {
  const voice = voiceOf(catalogImageOf(image));
  switch (voice) {
    case 'nginx':
      return [{ at, message: `${nginxTime(startEpoch + at)} [notice] 1#1: exit` }];
    case 'demo':
      return [{ at, message: 'INFO shutdown complete, exiting with code 0' }];
    default:
      return [];
  }
}

/** The per-minute request summary a server writes (the load model's numbers); nothing without traffic. */
export function requestSummary(
  image: string,
  at: SimTime,
  served: number,
  failed: number,
  latencyMs: number,
): LogLine[] {
  const voice = voiceOf(catalogImageOf(image));
  if (voice === 'shell' || voice === 'silent' || (served === 0 && failed === 0)) return [];
  const rate = (served / 60).toFixed(1);
  const latency = Math.round(latencyMs);
  if (voice === 'demo') {
    const lines: LogLine[] = [
      {
        at,
        message: `INFO requests last 60s: ${served} served (${rate}/s), ${failed} failed, avg latency ${latency} ms`,
      },
    ];
    if (failed > 0)
      lines.push({
        at,
        message: `WARN overloaded: ${failed} requests got 503 in the last 60s (CPU at its limit)`,
      });
    return lines;
  }
  return [
    {
      at,
      message: `[ECS Sandbox] last 60 s: ${served} requests answered (${rate}/s), ${failed} failed, avg latency ${latency} ms (a real server writes one access-log line per request)`,
    },
  ];
}
