import type { EcrImage, EcrRepository } from '../model/storage';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';

/** a read-only view, so the UI can ask the same questions of the state it is given */
type State = DeepReadonly<SimState>;

type Where = Pick<SimState, 'region' | 'accountId'>;

/** `<acct>.dkr.ecr.<region>.amazonaws.com` */
export const registryHost = (s: Where): string => `${s.accountId}.dkr.ecr.${s.region}.amazonaws.com`;
export const repositoryArn = (s: Where, name: string): string =>
  `arn:aws:ecr:${s.region}:${s.accountId}:repository/${name}`;
export const repositoryUri = (s: Where, name: string): string => `${registryHost(s)}/${name}`;

/** A private ECR image reference taken apart. */
export interface EcrImageRef {
  readonly registryId: string;
  readonly region: string;
  readonly repositoryName: string;
  /** absent when the reference pins a digest only; `latest` is NOT filled in here (see findEcrImage) */
  readonly tag?: string;
  /** `sha256:<64 hex>` */
  readonly digest?: string;
}

const HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const REPO = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Reads `<acct>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:…]`; undefined for any other image
 * (Docker Hub, public.ecr.aws, another registry) or a malformed one.
 */
export function parseEcrImage(image: string): EcrImageRef | undefined {
  const slash = image.indexOf('/');
  if (slash < 0) return undefined;
  const host = HOST.exec(image.slice(0, slash));
  if (!host) return undefined;
  let rest = image.slice(slash + 1);
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    if (!DIGEST.test(digest)) return undefined;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return undefined;
    rest = rest.slice(0, colon);
  }
  if (!REPO.test(rest) || rest.length < 2 || rest.length > 256) return undefined;
  return {
    registryId: host[1]!,
    region: host[2]!,
    repositoryName: rest,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/**
 * The repository and image a private ECR reference points at in the sandbox's account and Region: by digest when
 * pinned, else by tag (`latest` when none). Undefined when the reference is not ECR, names another account or
 * Region, or the repository or image does not exist (check `state.ecr.repositories` to tell which).
 */
export function findEcrImage(
  state: State,
  image: string,
): { readonly repository: EcrRepository; readonly image: EcrImage } | undefined {
  const ref = parseEcrImage(image);
  if (!ref || ref.registryId !== state.accountId || ref.region !== state.region) return undefined;
  const repos = state.ecr.repositories;
  const repository = Object.prototype.hasOwnProperty.call(repos, ref.repositoryName)
    ? repos[ref.repositoryName]
    : undefined;
  if (!repository) return undefined;
  const found = ref.digest
    ? repository.images[ref.digest]
    : Object.values(repository.images).find((i) => i.imageTags.includes(ref.tag ?? 'latest'));
  return found ? { repository, image: found } : undefined;
}
