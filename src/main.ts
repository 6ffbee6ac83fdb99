// Startup in steps (docs/ARCHITECTURE.md, "Startup"):
// 1. the shell in index.html paints with nothing in its way: no stylesheet or script of the app is linked from
//    the page, so none blocks that paint; they load with the dynamic import below
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const { start } = await import('./start');
await start(target);

// 5. the offline copy: the service worker precaches the whole build (Monaco included, about 6 MB), so it is
// registered when the page is first idle after drawing, not while the app starts (it would compete with it)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  requestIdleCallback(
    () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined),
    { timeout: 5000 },
  );
}
