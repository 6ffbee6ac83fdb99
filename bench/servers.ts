import type { AddressInfo } from 'node:net';
import { createServer, preview } from 'vite';

/** A server the benchmarks load pages from, on a free port of the loopback address. */
export interface BenchServer {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  close(): Promise<void>;
}

const baseOf = (address: AddressInfo | string | null | undefined) =>
  `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

/** The built app in `outDir`, as a static host would serve it (`vite preview`). */
export async function serveBuild(outDir = 'dist'): Promise<BenchServer> {
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return {
    base: baseOf(server.httpServer.address()),
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}

/** The sources through Vite's dev server: the chart benches' own pages (bench/*.html) import TypeScript. */
export async function serveSources(): Promise<BenchServer> {
  const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  return { base: baseOf(server.httpServer?.address()), close: () => server.close() };
}
