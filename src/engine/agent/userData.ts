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
 * Reads what a user-data script writes into /etc/ecs/ecs.config and returns the resulting settings, later
 * writes winning. Understands `echo KEY=VALUE >> /etc/ecs/ecs.config` (any quoting, `>` truncating the file,
 * `| tee -a`), heredocs (`cat <<'EOF' >> /etc/ecs/ecs.config` … `EOF`, `<<-` too) and bare `KEY=VALUE` lines
 * (user data that is the config itself). Lines for other files are ignored.
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
      continue;
    }
    const kv = configLine(line);
    if (kv) settings.set(kv[0], kv[1]);
  }
  return settings;
}
