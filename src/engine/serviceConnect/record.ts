import type { EngineContext } from '../context';
import type { CallBucket, ServiceCalls } from '../model/serviceConnect';

/** How many buckets each client keeps: 360 five-second ticks = the last 30 minutes of steady traffic. */
export const MAX_CALL_BUCKETS = 360;

/** The record key of a client: its service ARN, or `task:<arn>` for a task outside any service. */
export const callKey = (serviceArn: string | undefined, taskArn: string) => serviceArn ?? `task:${taskArn}`;

/** Adds buckets to a client's record, letting the oldest go past MAX_CALL_BUCKETS. */
export function recordCalls(ctx: EngineContext, key: string, buckets: ReadonlyArray<CallBucket>): void {
  if (buckets.length === 0) return;
  const table = ctx.state.serviceDiscovery.calls;
  const before: ServiceCalls = table[key] ?? { buckets: [], totalOk: 0, totalFailed: 0 };
  const all = [...before.buckets, ...buckets];
  ctx.tx.set(table, key, {
    buckets: all.length > MAX_CALL_BUCKETS ? all.slice(all.length - MAX_CALL_BUCKETS) : all,
    totalOk: before.totalOk + buckets.reduce((n, b) => n + b.ok, 0),
    totalFailed: before.totalFailed + buckets.reduce((n, b) => n + b.failed, 0),
  });
}

export interface CallTally {
  readonly ok: number;
  readonly failed: number;
  /** ok / (ok + failed); undefined when nothing was sent */
  readonly ratio: number | undefined;
}

/**
 * The calls of a client in the window (`since`, now], optionally only those whose URL names `host`
 * (case-insensitive; `http://inventory:8080` has host `inventory`). For lesson goals and the service panel.
 */
export function tallyCalls(
  state: { readonly serviceDiscovery: { readonly calls: Readonly<Record<string, ServiceCalls>> } },
  key: string,
  since: number,
  filter?: { readonly host?: string; readonly viaServiceConnect?: boolean },
): CallTally {
  let ok = 0;
  let failed = 0;
  for (const b of state.serviceDiscovery.calls[key]?.buckets ?? []) {
    if (b.at <= since) continue;
    if (filter?.host !== undefined && hostOf(b.url) !== filter.host.toLowerCase()) continue;
    if (filter?.viaServiceConnect !== undefined && b.viaServiceConnect !== filter.viaServiceConnect) continue;
    ok += b.ok;
    failed += b.failed;
  }
  return { ok, failed, ratio: ok + failed === 0 ? undefined : ok / (ok + failed) };
}

export const hostOf = (url: string) => /^http:\/\/([^/:]+)/i.exec(url.trim())?.[1]?.toLowerCase();
