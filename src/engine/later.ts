import { installLaterOperations } from './api/registry';
import { loadLaterValidators } from './schema/validate';

/**
 * The engine's second part, loaded after the first page: the request checks the first screen never needs
 * (schema/validate.ts) and the operations that come with them (api/laterOperations.ts: scaling, capacity
 * providers, launch templates, the scaling and fault controls) with their timers. The app starts it where such a
 * request may come and waits for it where it must; a request that comes earlier is refused with
 * ServiceUnavailableException and records nothing.
 */
let loading: Promise<void> | undefined;
let loaded = false;

/** Loads the later part once; later calls share the promise (a failed load can be tried again). */
export function loadLaterEngine(): Promise<void> {
  loading ??= Promise.all([
    loadLaterValidators(),
    import('./api/laterOperations').then((module) => {
      installLaterOperations(module.laterOperations);
      module.registerLaterEngine();
    }),
  ]).then(
    () => {
      loaded = true;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export const laterEngineLoaded = (): boolean => loaded;
