import { mount } from 'svelte';
import { AppController } from './app/app.svelte';
import { SHARE_PREFIX } from './app/router';
import { prepareRestore } from './app/sessionStore';
import { afterPaint } from './ui/afterPaint';
import App from './ui/App.svelte';
import './ui/theme.css';

/**
 * Steps 2–4 of startup (docs/ARCHITECTURE.md, "Startup"), each its own task with a frame in between. This module
 * and everything it imports, stylesheets included, load after the shell has painted (src/main.ts imports it).
 */
export async function start(target: HTMLElement): Promise<void> {
  // the shell's paint comes first even when this module arrives before it (from the service worker's cache)
  await afterPaint();
  // 2. the sandbox session: the engine builds the scenario and replays the saved calls
  await prepareRestore(localStorage);
  const app = new AppController({ store: localStorage });
  // a share link opens over the learner's own sandbox, which stays as the previous session
  if (location.hash.startsWith(SHARE_PREFIX)) await app.openShareLocation();
  await afterPaint();
  // 3. the interface replaces the shell; 4. the cluster map draws after that frame (ClusterMap.svelte)
  target.replaceChildren();
  mount(App, { target, props: { app } });
}
