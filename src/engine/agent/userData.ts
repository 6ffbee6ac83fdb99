import { err, ok, type Result } from '../../lib/result';

/** EC2 limits user data to 16 KB before base64 encoding. */
export const USER_DATA_MAX_BYTES = 16384;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes RunInstances `UserData` (base64 of the script, as the API takes it) into text.
 * Whitespace between base64 characters is ignored; anything else that is not base64 is an error.
 */
export function decodeUserData(encoded: string): Result<string, string> {
  const text = encoded.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    return err(
      'UserData must be base64-encoded (the AWS CLI encodes a file:// script for you; the API does not).',
    );
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const quad = [0, 1, 2, 3].map((k) => (text[i + k] === '=' ? 0 : BASE64.indexOf(text[i + k]!)));
    const n = (quad[0]! << 18) | (quad[1]! << 12) | (quad[2]! << 6) | quad[3]!;
    bytes.push((n >> 16) & 0xff);
    if (text[i + 2] !== '=') bytes.push((n >> 8) & 0xff);
    if (text[i + 3] !== '=') bytes.push(n & 0xff);
  }
  if (bytes.length > USER_DATA_MAX_BYTES) {
    return err(`UserData is ${bytes.length} bytes once decoded; EC2 allows at most ${USER_DATA_MAX_BYTES}.`);
  }
  return ok(new TextDecoder().decode(new Uint8Array(bytes)));
}

const CONFIG_FILE = '/etc/ecs/ecs.config';

/** Strips one pair of matching surrounding quotes, as people often quote values inside ecs.config. */
function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/** `KEY=VALUE` → [KEY, VALUE] for ECS_* keys; undefined for anything else. */
function configLine(line: string): [string, string] | undefined {
  const m = /^\s*(ECS_[A-Z0-9_]+)\s*=(.*)$/.exec(line);
  return m ? [m[1]!, unquote(m[2]!)] : undefined;
}

/**
 * The words of an `echo` command up to its first unquoted redirection or pipe, with shell quoting removed:
 * `echo "A=[\"x\"]" >> f` → `A=["x"]`.
 */
function echoArgument(command: string): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else out += c;
    } else if (c === '\\' && i + 1 < command.length) {
      out += command[++i];
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else out += c;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>' || c === '|' || c === ';' || c === '&') {
      break;
    } else {
      out += c;
    }
  }
  return out.trim();
}

const appends = (line: string) => />>/.test(line) || /\btee\s+(-\w*a\w*|--append)\b/.test(line);

/**
 * Reads what a shell script writes into /etc/ecs/ecs.config and returns the resulting settings, later writes
 * winning. Understands `echo KEY=VALUE >> /etc/ecs/ecs.config` (any quoting, `>` truncating the file,
 * `| tee -a`) and heredocs (`cat <<'EOF' >> /etc/ecs/ecs.config` … `EOF`, `<<-` too). Lines for other files
 * are ignored, and so is a bare `KEY=VALUE` line: in a script it only sets a shell variable.
 */
export function readEcsConfig(script: string): Map<string, string> {
  const settings = new Map<string, string>();
  const lines = script.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(line);
    if (heredoc) {
      const [, dash, , delimiter] = heredoc;
      const intoConfig = line.includes(CONFIG_FILE);
      if (intoConfig && !appends(line)) settings.clear();
      for (i++; i < lines.length; i++) {
        const body = dash ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
        if (body.trim() === delimiter) break;
        const kv = intoConfig ? configLine(body) : undefined;
        if (kv) settings.set(kv[0], kv[1]);
      }
      continue;
    }
    if (line.includes(CONFIG_FILE)) {
      const echo = /\becho\s+(?:-[neE]+\s+)?(.*)$/.exec(line);
      if (!echo) continue;
      if (!appends(line)) settings.clear();
      const kv = configLine(echoArgument(echo[1]!));
      if (kv) settings.set(kv[0], kv[1]);
    }
  }
  return settings;
}

/** What the agent found in ecs.config after cloud-init handled the user data, and why, when that is surprising. */
export interface UserDataReading {
  readonly settings: Map<string, string>;
  /** a sentence for the learner when cloud-init ran nothing the sandbox can read (ECS_CLUSTER never written) */
  readonly note?: string;
}

const JOINS_DEFAULT = 'the agent joins the default cluster';

const IGNORED_NOTE =
  'user data was ignored: it does not start with #! or #cloud-config, so cloud-init ran nothing and ' +
  `ECS_CLUSTER was never written to ${CONFIG_FILE}; ${JOINS_DEFAULT}. Start the script with #!/bin/bash.`;

/** Sandbox limit, not an AWS rule: cloud-init does run these, the simulator does not read them. */
const unsimulated = (what: string) =>
  `user data is ${what}; cloud-init handles it, but this sandbox does not simulate it, so nothing it writes ` +
  `to ${CONFIG_FILE} is read and ${JOINS_DEFAULT}. Use a #!/bin/bash script that echoes ECS_CLUSTER=… into ${CONFIG_FILE}.`;

/** Sandbox limit: of a #cloud-config document only the runcmd/bootcmd shell commands are read. */
const CLOUD_CONFIG_NOTE =
  `user data is a #cloud-config document that mentions ${CONFIG_FILE}, but this sandbox reads only the ` +
  `echo/cat commands of its runcmd and bootcmd lists (write_files is not simulated), so ${JOINS_DEFAULT}. ` +
  `Write it with a runcmd line such as - echo ECS_CLUSTER=… >> ${CONFIG_FILE}.`;

/** Other first lines cloud-init acts on (include files, part handlers, jinja templates, upstart jobs). */
const OTHER_CLOUD_INIT = ['#include', '#part-handler', '#upstart-job', '## template: jinja'];

type Part =
  | { readonly kind: 'script' | 'cloud-config'; readonly text: string }
  | { readonly kind: 'unsimulated'; readonly what: string }
  | { readonly kind: 'ignored' };

/** How cloud-init treats one document by its first line: `#!` and `#cloud-boothook` run as shell scripts. */
function byFirstLine(text: string): Part {
  if (text.startsWith('#!') || text.startsWith('#cloud-boothook')) return { kind: 'script', text };
  if (text.startsWith('#cloud-config')) return { kind: 'cloud-config', text };
  const other = OTHER_CLOUD_INIT.find((p) => text.startsWith(p));
  if (other) return { kind: 'unsimulated', what: `a ${other} document` };
  return { kind: 'ignored' };
}

const header = (headers: string, name: string) =>
  new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(headers)?.[1]?.trim();

/** The parts of a MIME multipart document, each typed by its Content-Type (or, for text/plain, its first line). */
function multipartParts(text: string): Part[] {
  const [headers = ''] = text.split(/\r?\n\r?\n/, 1);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(header(headers, 'Content-Type') ?? '')?.[1];
  if (!boundary) return [{ kind: 'ignored' }];
  const chunks = text.split(`--${boundary}`).slice(1);
  return chunks.flatMap((chunk): Part[] => {
    if (chunk.startsWith('--')) return []; // the closing delimiter
    const body = chunk.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(body);
    const partHeaders = split ? body.slice(0, split.index) : body;
    const content = split ? body.slice(split.index + split[0].length) : '';
    const type = (header(partHeaders, 'Content-Type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
    if (type === 'text/x-shellscript' || type === 'text/cloud-boothook')
      return [{ kind: 'script', text: content }];
    if (type === 'text/cloud-config') return [{ kind: 'cloud-config', text: content }];
    return [byFirstLine(content)];
  });
}

/**
 * Reads user data the way cloud-init on the ECS-optimized AMI treats it, then what it writes into
 * /etc/ecs/ecs.config. cloud-init runs user data only when it starts with `#!` (a script), is a
 * `#cloud-config` document (or another cloud-init format), or is MIME multipart with such parts; anything
 * else — bare `KEY=VALUE` lines included — is ignored, so the agent starts with an empty ecs.config. The
 * sandbox runs scripts (multipart script parts too) and the runcmd/bootcmd commands of cloud-config (YAML list
 * items are shell commands, so the script reader reads them); other formats it recognizes but does not run.
 * Empty user data needs no note: joining `default` is then what the learner asked for.
 */
export function readUserData(text: string): UserDataReading {
  if (text === '') return { settings: new Map() };
  const parts = /mime-version:/i.test(text.slice(0, 4096)) ? multipartParts(text) : [byFirstLine(text)];
  const run = parts.flatMap((p) => (p.kind === 'script' || p.kind === 'cloud-config' ? [p.text] : []));
  const settings = readEcsConfig(run.join('\n'));
  if (parts.some((p) => p.kind === 'script') || settings.size) return { settings };
  if (parts.some((p) => p.kind === 'cloud-config' && p.text.includes(CONFIG_FILE)))
    return { settings, note: CLOUD_CONFIG_NOTE };
  if (parts.some((p) => p.kind === 'cloud-config')) return { settings };
  const [notRun] = parts.flatMap((p) => (p.kind === 'unsimulated' ? [p.what] : []));
  return { settings, note: notRun === undefined ? IGNORED_NOTE : unsimulated(notRun) };
}
