/** Fargate task sizes (ecs-reference §1.7): CPU units → the memory values (MiB) allowed with it. */
export interface FargateSize {
  readonly cpu: number;
  readonly memory: ReadonlyArray<number>;
  /** whether Windows tasks may use this CPU size (Windows on Fargate needs at least 1 vCPU) */
  readonly windows: boolean;
}

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
};

/** Every valid Fargate cpu/memory combination: 74 for Linux. */
export const FARGATE_SIZES: ReadonlyArray<FargateSize> = [
  { cpu: 256, memory: [512, 1024, 2048], windows: false },
  { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: range(16384, 61440, 4096), windows: false },
  { cpu: 16384, memory: range(32768, 122880, 8192), windows: false },
];

/** The memory values (MiB) Fargate accepts with `cpu` units; empty when `cpu` is not a Fargate size. */
export function fargateMemoryOptions(cpu: number): number[] {
  return [...(FARGATE_SIZES.find((s) => s.cpu === cpu)?.memory ?? [])];
}

/** The CPU sizes Fargate offers for the operating system family. */
export function fargateCpuOptions(windows: boolean): number[] {
  return FARGATE_SIZES.filter((s) => !windows || s.windows).map((s) => s.cpu);
}
