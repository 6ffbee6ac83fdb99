import type { SimState } from '../state';

/** Where an EFS file system's files live in the sandbox's file view (model/storage.ts). */
export const efsLocation = (fileSystemId: string): string => `efs:${fileSystemId}`;

/** The bytes the file view holds on a file system (its metered size, give or take EFS's own overhead). */
export function efsFileBytes(state: Pick<SimState, 'files'>, fileSystemId: string): number {
  const files = state.files[efsLocation(fileSystemId)];
  if (!files) return 0;
  return Object.values(files).reduce((sum, f) => sum + new TextEncoder().encode(f.content).length, 0);
}
