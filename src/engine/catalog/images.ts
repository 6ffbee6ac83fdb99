/**
 * The simulated image registry: every image a task can pull, what it does once it runs, and how image
 * references are read. An image that is not listed here fails to pull (CannotPullContainerError).
 *
 * Lessons rely on these names; add images, never rename them.
 */

/** How a running container of the image behaves. */
export type ImageBehaviour =
  /**
   * a long-running web server; `health` says how it answers health checks; `errorPercent` of the requests it
   * takes fail with a 5xx (a bug its health check does not see; the load model counts them, load/usage.ts)
   */
  | { readonly kind: 'server'; readonly health: HealthAnswer; readonly errorPercent?: number }
  /** a server that exits with `exitCode` `afterSeconds` after it starts */
  | { readonly kind: 'crash'; readonly afterSeconds: number; readonly exitCode: number }
  /** a tiny shell that runs the container's `command` (see imageProgram.ts) */
  | { readonly kind: 'shell' };

/** How the image answers a health check: always, never, or only after it has been up a while. */
export type HealthAnswer = 'pass' | 'fail' | { readonly passAfterSeconds: number };

export interface CatalogImage {
  /** the fully qualified repository, e.g. docker.io/library/nginx */
  readonly repository: string;
  /** the short name learners type, e.g. nginx */
  readonly shortName: string;
  readonly tags: ReadonlyArray<string>;
  /** the manifest digest (without `sha256:`) the tags currently point at */
  readonly digest: string;
  /** ports the process listens on */
  readonly ports: ReadonlyArray<number>;
  readonly sizeMiB: number;
  /** typical pull time on a fresh host (the simulator adds ±20 % jitter) */
  readonly pullSeconds: number;
  readonly behaviour: ImageBehaviour;
  /** true when the process ignores SIGTERM, so stopping it waits for stopTimeout and ends in SIGKILL (137) */
  readonly ignoresSigterm: boolean;
}

const server = (health: HealthAnswer = 'pass'): ImageBehaviour => ({ kind: 'server', health });

/** The demo application's repository. It listens on 8080 (not 80) so learners map a port that differs. */
export const DEMO_APP = 'public.ecr.aws/ecs-sandbox/web';

export const IMAGE_CATALOG: ReadonlyArray<CatalogImage> = [
  {
    repository: 'docker.io/library/nginx',
    shortName: 'nginx',
    tags: ['latest'],
    digest: '6ac6f5150e0f49e316d494afe827ef1506e70b04ff42a651243b083426ec7b29',
    ports: [80],
    sizeMiB: 72,
    pullSeconds: 4,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: 'docker.io/library/nginx',
    shortName: 'nginx',
    tags: ['1.27'],
    digest: 'a3bbeefcf562f8a271d7b16e3088dc6ab7ec23cfa71a5102e090e318f8677b8c',
    ports: [80],
    sizeMiB: 70,
    pullSeconds: 4,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: 'docker.io/library/httpd',
    shortName: 'httpd',
    tags: ['2.4', 'latest'],
    digest: 'aeed3fc281ec4d48374fe95b963d343163fd1e6191a6a2c88362438691e77b3e',
    ports: [80],
    sizeMiB: 56,
    pullSeconds: 3,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: 'public.ecr.aws/nginx/nginx',
    shortName: 'public.ecr.aws/nginx/nginx',
    tags: ['latest'],
    digest: '953eb6ac9d8d0acf0687df28a6c511150d99fe56c51839546179511b7138e32a',
    ports: [80],
    sizeMiB: 72,
    pullSeconds: 3,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: 'docker.io/amazon/amazon-ecs-sample',
    shortName: 'amazon/amazon-ecs-sample',
    tags: ['latest'],
    digest: '4fe409db65d6d3dbb666c08ddb763c37e016894ebe6be9c98dd35af395696f6c',
    ports: [80],
    sizeMiB: 160,
    pullSeconds: 8,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: 'docker.io/library/busybox',
    shortName: 'busybox',
    tags: ['latest'],
    digest: '00b141b7855b4a177662f61e0897ace0bfae7c36ab8700fb2e59c53af31114d7',
    ports: [],
    sizeMiB: 2,
    pullSeconds: 1,
    behaviour: { kind: 'shell' },
    ignoresSigterm: true,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['v1'],
    digest: '5ce8028cff364c7ba022c4c871da6bee658abc65de5b6e1c1745d8ce15b33bc4',
    ports: [8080],
    sizeMiB: 40,
    pullSeconds: 3,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['v2'],
    digest: '994009be7ed2ce592ca950628557c979d609b7e4765e02d50b9b9bb774d605c2',
    ports: [8080],
    sizeMiB: 41,
    pullSeconds: 3,
    behaviour: server(),
    ignoresSigterm: false,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['crash'],
    digest: '733c0ebc46752ca814bd2ad0b44c5a51acdac6804be875b6ea508d74e6719c2e',
    ports: [8080],
    sizeMiB: 40,
    pullSeconds: 3,
    behaviour: { kind: 'crash', afterSeconds: 5, exitCode: 1 },
    ignoresSigterm: false,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['unhealthy'],
    digest: 'e14deb952cb042e6dc36e37d309cc082338f0a309f6770371fbb5c82cf848473',
    ports: [8080],
    sizeMiB: 40,
    pullSeconds: 3,
    behaviour: server('fail'),
    ignoresSigterm: false,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['slow'],
    digest: 'c386cc6801c6104bad747f4397e6f0cc1a2350e1dec4515f2da6dd69ca6619f7',
    ports: [8080],
    sizeMiB: 40,
    pullSeconds: 3,
    behaviour: server({ passAfterSeconds: 90 }),
    ignoresSigterm: false,
  },
  // v2.1 passes its health checks but answers a fifth of its requests with a 5xx (lesson 18's hidden bug)
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['v2.1'],
    digest: '7d1f5a0c3be94e2a61c08f4d2e7b9a35c6f0d18e4b2a7c93f5e61d0b8a4c2f17',
    ports: [8080],
    sizeMiB: 41,
    pullSeconds: 3,
    behaviour: { kind: 'server', health: 'pass', errorPercent: 20 },
    ignoresSigterm: false,
  },
  {
    repository: DEMO_APP,
    shortName: DEMO_APP,
    tags: ['v3'],
    digest: '2b8e6c4f1a9d3e57c0f2b4a6d8e1c3f5a7b9d0e2c4f6a8b1d3e5f7a9c0b2d4e6',
    ports: [8080],
    sizeMiB: 41,
    pullSeconds: 3,
    behaviour: server(),
    ignoresSigterm: false,
  },
];

/** An image reference taken apart the way Docker reads it. */
export interface ImageReference {
  /** registry host; docker.io for Docker Hub */
  readonly registry: string;
  /** repository path inside the registry, with `library/` added for Docker Hub official images */
  readonly path: string;
  /** the tag; `latest` when neither a tag nor a digest is given */
  readonly tag?: string;
  /** `sha256:<hex>` when the reference pins a digest */
  readonly digest?: string;
  /** registry/path, e.g. docker.io/library/nginx */
  readonly repository: string;
  /** repository:tag or repository@digest, as containerd prints it */
  readonly canonical: string;
}

const HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);
const PATH_PART = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Parses `name`, `name:tag`, `host[:port]/path:tag`, `name@sha256:<64 hex>` (optionally with a tag before the
 * digest). Docker Hub names get `docker.io` and, for one-part names, `library/`. Returns undefined when the
 * reference is not well formed (Docker's "invalid reference format").
 */
export function parseImageReference(ref: string): ImageReference | undefined {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const parts = named.split('/');
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first : 'docker.io';
  const rest = hasHost ? parts.slice(1) : parts;
  const last = rest[rest.length - 1] ?? '';
  const colon = last.indexOf(':');
  const explicitTag = colon >= 0 ? last.slice(colon + 1) : undefined;
  if (explicitTag !== undefined && !TAG.test(explicitTag)) return undefined;
  const names = [...rest.slice(0, -1), colon >= 0 ? last.slice(0, colon) : last];
  if (names.some((p) => !PATH_PART.test(p))) return undefined;
  const registry = HUB_ALIASES.has(host) ? 'docker.io' : host;
  const path = registry === 'docker.io' && names.length === 1 ? `library/${names[0]}` : names.join('/');
  const repository = `${registry}/${path}`;
  const tag = explicitTag ?? (digest ? undefined : 'latest');
  const canonical = digest ? `${repository}@${digest}` : `${repository}:${tag}`;
  return { registry, path, repository, canonical, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The outcome of pulling an image reference from the simulated registry. */
export type PullOutcome =
  | { readonly ok: true; readonly image: CatalogImage; readonly reference: ImageReference }
  | {
      readonly ok: false;
      /** why, as the registry answers: the repository is unknown, or the tag/digest is */
      readonly problem: 'invalid-reference' | 'no-repository' | 'no-manifest';
      readonly reference?: ImageReference;
    };

/** Looks a reference up in the catalog (by tag, or by digest when one is pinned). */
export function pullImage(ref: string): PullOutcome {
  const reference = parseImageReference(ref);
  if (!reference) return { ok: false, problem: 'invalid-reference' };
  const candidates = IMAGE_CATALOG.filter((i) => i.repository === reference.repository);
  if (!candidates.length) return { ok: false, problem: 'no-repository', reference };
  const image = reference.digest
    ? candidates.find((i) => `sha256:${i.digest}` === reference.digest)
    : candidates.find((i) => i.tags.includes(reference.tag ?? 'latest'));
  return image ? { ok: true, image, reference } : { ok: false, problem: 'no-manifest', reference };
}

/** The name as Docker echoes it back: Docker Hub names without `docker.io/library/`. */
const hubName = (r: ImageReference) =>
  r.registry === 'docker.io' ? r.path.replace(/^library\//, '') : r.repository;

/**
 * The `CannotPullContainerError` text for a failed pull. EC2 hosts pull through Docker and Fargate through
 * containerd, and the two word the failure differently; both forms are modelled on what each runtime prints.
 */
export function pullErrorMessage(
  ref: string,
  outcome: PullOutcome,
  runtime: 'docker' | 'containerd',
): string {
  if (outcome.ok) return '';
  const prefix = 'CannotPullContainerError:';
  if (outcome.problem === 'invalid-reference' || !outcome.reference) {
    return `${prefix} invalid reference format: "${ref}" is not a valid image name`;
  }
  const r = outcome.reference;
  if (runtime === 'docker') {
    return outcome.problem === 'no-manifest'
      ? `${prefix} Error response from daemon: manifest for ${ref} not found: manifest unknown: manifest unknown`
      : `${prefix} Error response from daemon: pull access denied for ${hubName(r)}, repository does ` +
          `not exist or may require 'docker login': denied: requested access to the resource is denied`;
  }
  const head = `${prefix} pull image manifest has been retried 5 time(s): failed to resolve ref ${r.canonical}:`;
  return outcome.problem === 'no-manifest'
    ? `${head} ${r.canonical}: not found`
    : `${head} pull access denied, repository does not exist or may require authorization: server message: ` +
        `insufficient_scope: authorization failed`;
}

/** Images the hint suggests when a repository is unknown: the everyday ones, as a learner would type them. */
export const SUGGESTED_IMAGES: ReadonlyArray<string> = [
  'nginx:latest',
  'httpd:2.4',
  'busybox:latest',
  'amazon/amazon-ecs-sample:latest',
];

/**
 * The sandbox's own note on a failed pull, added after the real error text so a learner who pasted their own
 * task definition learns that the image is missing from this simulated registry, not from the real one.
 * Empty for a reference Docker cannot even parse (the real error already says what is wrong).
 */
export function registryHint(ref: string, outcome: PullOutcome): string {
  if (outcome.ok || outcome.problem === 'invalid-reference' || !outcome.reference) return '';
  const r = outcome.reference;
  const name = hubName(r);
  if (outcome.problem === 'no-manifest') {
    const tags = IMAGE_CATALOG.filter((i) => i.repository === r.repository).flatMap((i) => i.tags);
    const missing = r.digest ?? r.tag ?? 'latest';
    return (
      `ECS Sandbox: its simulated registry has ${name} but not '${missing}'; ` +
      `try ${tags.map((t) => `${name}:${t}`).join(', ')} — see the Images tab`
    );
  }
  return (
    `ECS Sandbox: its simulated registry has no image '${ref}'; ` +
    `try ${SUGGESTED_IMAGES.join(', ')} — see the Images tab`
  );
}
