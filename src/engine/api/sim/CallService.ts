import { requireTaskIn } from '../../arns';
import { invalidParameter } from '../../errors';
import type { CallFailure } from '../../model/serviceConnect';
import { callServiceSchema } from '../../schema/serviceConnect';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { bucketOf, callFromTask, parseUrl, type CallResult } from '../../serviceConnect/calls';
import { callKey, recordCalls } from '../../serviceConnect/record';
import { isServing, serviceOfTask } from '../../serviceConnect/tasks';
import { tasksOfService } from '../../services/reconcile';
import { requireActiveService } from '../../services/lookup';
import { defineOperation } from '../operation';

export type CallServiceInput = Infer<typeof callServiceSchema>;

export interface CallServiceOutput {
  readonly url: string;
  readonly requests: number;
  readonly succeeded: number;
  readonly failed: number;
  /** which tasks answered, and how many requests each */
  readonly answeredBy: ReadonlyArray<{ readonly taskArn: string; readonly requests: number }>;
  readonly failures: ReadonlyArray<{
    readonly reason: CallFailure;
    readonly count: number;
    readonly detail: string;
  }>;
  /** whether the requests went through the client's Service Connect proxy */
  readonly viaServiceConnect: boolean;
}

/**
 * Simulator control: the application in a task (or in each running task of a service) sends `requests` HTTP
 * requests to `url`, and the answer says which tasks answered and why the others failed. The sandbox's model of
 * names, proxies and endpoints is in serviceConnect/calls.ts. The outcome is recorded with the client's calls
 * (the service panel shows them).
 */
export const CallService = defineOperation<CallServiceInput, CallServiceOutput>({
  schema: callServiceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const parsed = parseUrl(input.url);
    if ('error' in parsed) throw invalidParameter(`url: ${parsed.error}`, 'url');
    if ((input.fromTask === undefined) === (input.fromService === undefined)) {
      throw invalidParameter(
        'Give fromTask (one task calls) or fromService (each of its running tasks calls), not both or neither.',
        'fromTask',
      );
    }
    const requests = input.requests ?? 10;
    const clients = input.fromTask
      ? [requireTaskIn(ctx.state, input.cluster, input.fromTask).task]
      : tasksOfService(ctx.state, requireActiveService(ctx.state, input.cluster, input.fromService!)).filter(
          isServing,
        );
    const caller = clients[0];
    if (!caller || caller.lastStatus !== 'RUNNING') {
      throw invalidParameter(
        input.fromTask
          ? `fromTask: '${input.fromTask}' is ${caller?.lastStatus ?? 'unknown'}; only a RUNNING task's application sends requests.`
          : `fromService: '${input.fromService}' has no running task to send requests from; advance time until one runs.`,
        input.fromTask ? 'fromTask' : 'fromService',
      );
    }
    const turn = Math.floor(ctx.now);
    const results: CallResult[] = clients.map((task, i) =>
      callFromTask(
        ctx.state,
        task,
        input.url,
        Math.floor(requests / clients.length) + (i < requests % clients.length ? 1 : 0),
        turn + i,
      ),
    );
    const answered: Record<string, number> = {};
    const failures = new Map<CallFailure, { count: number; detail: string }>();
    for (const r of results) {
      for (const [arn, n] of Object.entries(r.answeredBy)) answered[arn] = (answered[arn] ?? 0) + n;
      for (const [kind, n] of Object.entries(r.failures) as Array<[CallFailure, number]>) {
        const prev = failures.get(kind);
        failures.set(kind, { count: (prev?.count ?? 0) + n, detail: prev?.detail ?? r.detail ?? '' });
      }
    }
    const serviceArn = serviceOfTask(ctx.state, caller)?.serviceArn;
    recordCalls(
      ctx,
      callKey(serviceArn, caller.taskArn),
      results.filter((r) => r.ok + r.failed > 0).map((r) => bucketOf(ctx.now, r)),
    );
    const succeeded = results.reduce((n, r) => n + r.ok, 0);
    return {
      url: input.url,
      requests,
      succeeded,
      failed: requests - succeeded,
      answeredBy: Object.entries(answered).map(([taskArn, n]) => ({ taskArn, requests: n })),
      failures: [...failures].map(([reason, f]) => ({ reason, count: f.count, detail: f.detail })),
      viaServiceConnect: results.some((r) => r.viaServiceConnect),
    };
  },
});
