/** A machine image a learner can launch. */
export interface AmiEntry {
  readonly ImageId: string;
  readonly Name: string;
  readonly Description: string;
  readonly Architecture: 'x86_64' | 'arm64';
  /** the public SSM parameter that resolves to this image, as AWS publishes it */
  readonly ssmParameter: string;
  /** whether the ECS container agent (and ecs-init) is installed and starts at boot */
  readonly runsEcsAgent: boolean;
  /** NVIDIA drivers and runtime installed, and the agent started with GPU support (the GPU-optimized AMI) */
  readonly gpuSupport?: boolean;
}

/** The Amazon ECS-optimized Amazon Linux 2023 AMI: Docker, ecs-init and the ECS agent preinstalled. */
export const ECS_OPTIMIZED_AMI: AmiEntry = {
  ImageId: 'ami-0ec5a2023e0c5a9b1',
  Name: 'al2023-ami-ecs-hvm-2023.0.20260101-kernel-6.1-x86_64',
  Description: 'Amazon Linux AMI 2023.0.20260101 x86_64 ECS HVM EBS',
  Architecture: 'x86_64',
  ssmParameter: '/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
  runsEcsAgent: true,
};

/**
 * The Amazon ECS GPU-optimized AMI: the ECS-optimized AMI plus NVIDIA drivers and container runtime, with the
 * agent's GPU support on. Only from this AMI does a GPU instance register its GPUs (the standard AMI has no
 * drivers, so its agent sees none).
 */
export const ECS_GPU_AMI: AmiEntry = {
  ImageId: 'ami-0f3c2b1a0e9d8c7b6',
  Name: 'amzn2-ami-ecs-gpu-hvm-2.0.20260101-x86_64-ebs',
  Description: 'Amazon Linux AMI 2.0.20260101 x86_64 ECS HVM GP2 with NVIDIA GPU support',
  Architecture: 'x86_64',
  ssmParameter: '/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id',
  runsEcsAgent: true,
  gpuSupport: true,
};

/** Plain Amazon Linux 2023: no Docker, no ECS agent. An instance from it never joins a cluster. */
export const AMAZON_LINUX_AMI: AmiEntry = {
  ImageId: 'ami-0a12023b4c5d6e7f8',
  Name: 'al2023-ami-2023.6.20260101.0-kernel-6.1-x86_64',
  Description: 'Amazon Linux 2023 AMI 2023.6.20260101.0 x86_64 HVM kernel-6.1',
  Architecture: 'x86_64',
  ssmParameter: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
  runsEcsAgent: false,
};

export const AMIS: ReadonlyArray<AmiEntry> = [ECS_OPTIMIZED_AMI, ECS_GPU_AMI, AMAZON_LINUX_AMI];

/** Short names accepted in place of an image id, so a lesson can say `ami-ecs` (not an AWS feature). */
const SHORTHANDS: Readonly<Record<string, AmiEntry>> = {
  'ami-ecs': ECS_OPTIMIZED_AMI,
  'ami-ecs-gpu': ECS_GPU_AMI,
  'ami-al2023': AMAZON_LINUX_AMI,
};

const SSM_PREFIX = 'resolve:ssm:';

export type AmiLookup =
  | { readonly ok: true; readonly ami: AmiEntry }
  | { readonly ok: false; readonly problem: 'malformed' | 'not-found' | 'unknown-parameter' };

/**
 * Resolves what RunInstances was given as `ImageId`: an `ami-…` id, a `resolve:ssm:<parameter>` reference
 * (as EC2 accepts), or one of the simulator's shorthands.
 */
export function lookUpAmi(ref: string): AmiLookup {
  if (ref.startsWith(SSM_PREFIX)) {
    const parameter = ref.slice(SSM_PREFIX.length);
    const ami = AMIS.find((a) => a.ssmParameter === parameter);
    return ami ? { ok: true, ami } : { ok: false, problem: 'unknown-parameter' };
  }
  const shorthand = SHORTHANDS[ref];
  if (shorthand) return { ok: true, ami: shorthand };
  if (!/^ami-[0-9a-f]{8}([0-9a-f]{9})?$/.test(ref)) return { ok: false, problem: 'malformed' };
  const ami = AMIS.find((a) => a.ImageId === ref);
  return ami ? { ok: true, ami } : { ok: false, problem: 'not-found' };
}

/** The catalog entry of a stored (already resolved) image id. */
export const amiById = (imageId: string): AmiEntry | undefined => AMIS.find((a) => a.ImageId === imageId);
