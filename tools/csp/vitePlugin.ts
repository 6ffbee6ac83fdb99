import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './policy.ts';

/**
 * Puts the policy into the built index.html as the first element of its head, so it covers everything after
 * it. A `<meta>` rather than a header because the app is static files any host can serve. Only the build gets
 * it: the dev server's hot reload injects scripts and opens a socket the policy would refuse.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
