/**
 * The Content Security Policy the built app ships with (a `<meta>` in index.html, see vitePlugin.ts), and which
 * the browser tests hold it to: scripts, workers, styles, fonts and requests only from the app's own origin, no
 * `eval` (the request validators are precompiled: tools/validators) and no inline script.
 *
 * Style attributes and `<style>` elements stay allowed: Svelte sets style attributes, Monaco adds its own
 * `<style>` elements, and index.html paints its loading shell with inline CSS before any script runs.
 * `data:` images and fonts are Monaco's (its codicons and some decorations).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
