import { mount } from 'svelte';
import { AppController } from './app/app.svelte';
import { prepareRestore } from './app/sessionStore';
import { afterPaint } from './ui/afterPaint';
import App from './ui/App.svelte';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// startup in steps, each its own task with a frame in between (docs/ARCHITECTURE.md, "Startup"):
// 1. the shell in index.html is painted before any of this runs
await afterPaint();
// 2. the sandbox session: the engine builds the scenario and replays the saved calls
await prepareRestore(localStorage);
const app = new AppController({ store: localStorage });
await afterPaint();
// 3. the interface replaces the shell; 4. the cluster map draws after that frame (ClusterMap.svelte)
target.replaceChildren();
mount(App, { target, props: { app } });

// 5. the offline copy: the service worker precaches the whole build (Monaco included, about 6 MB), so it is
// registered when the page is first idle after drawing, not while the app starts (it would compete with it)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  requestIdleCallback(
    () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined),
    { timeout: 5000 },
  );
}
