import { describe, expect, it } from 'vitest';
import type { HealthStatus } from '../../../src/engine/model/ecs';
import { aggregateTaskHealth, healthTimeline } from '../../../src/engine/lifecycle/health';
import { makeWorld, nginx } from './world';

const U: HealthStatus = 'UNKNOWN';
const H: HealthStatus = 'HEALTHY';
const X: HealthStatus = 'UNHEALTHY';

describe('aggregateTaskHealth', () => {
  it.each([
    [
      'all essential containers healthy',
      [
        [true, true, H],
        [true, true, H],
      ],
      H,
    ],
    [
      'one essential container unhealthy',
      [
        [true, true, H],
        [true, true, X],
      ],
      X,
    ],
    [
      'unhealthy beats unknown',
      [
        [true, true, U],
        [true, true, X],
      ],
      X,
    ],
    [
      'one essential container still unknown',
      [
        [true, true, H],
        [true, true, U],
      ],
      U,
    ],
    [
      'an unhealthy non-essential container does not count',
      [
        [true, true, H],
        [false, true, X],
      ],
      H,
    ],
    [
      'an essential container without a health check does not count',
      [
        [true, true, H],
        [true, false, U],
      ],
      H,
    ],
    [
      'no essential container has a health check',
      [
        [true, false, U],
        [false, true, H],
      ],
      U,
    ],
  ] as const)('reports %s as the right task status', (_what, containers, expected) => {
    const input = containers.map(([essential, checked, healthStatus]) => ({
      essential,
      checked,
      healthStatus,
    }));
    expect(aggregateTaskHealth(input)).toBe(expected);
  });
});

describe('healthTimeline', () => {
  const check = (extra = {}) => ({ command: ['CMD-SHELL', 'true'], ...extra });

  it.each([
    ['a passing image turns HEALTHY at the first check (interval 30)', check(), 'pass', [[30, H]]],
    ['a passing image turns HEALTHY inside startPeriod too', check({ startPeriod: 120 }), 'pass', [[30, H]]],
    ['a failing image turns UNHEALTHY after 3 failures', check(), 'fail', [[90, X]]],
    ['retries and interval are honoured', check({ interval: 5, retries: 2 }), 'fail', [[10, X]]],
    ['failures inside startPeriod do not count', check({ interval: 10, startPeriod: 60 }), 'fail', [[80, X]]],
    ['a slow image with defaults becomes HEALTHY at 90 s', check(), { passAfterSeconds: 90 }, [[90, H]]],
    [
      'a slow image judged too early is UNHEALTHY first, then HEALTHY',
      check({ interval: 10 }),
      { passAfterSeconds: 90 },
      [
        [30, X],
        [90, H],
      ],
    ],
  ] as const)('%s', (_what, hc, answer, expected) => {
    const changes = healthTimeline(100, Infinity, hc, answer);
    expect(changes.map((c) => [c.at - 100, c.status])).toEqual(expected);
  });

  it('stops checking when the container exits', () => {
    expect(healthTimeline(0, 20, check(), 'pass')).toEqual([]);
  });

  it('has no changes when there is no health check', () => {
    expect(healthTimeline(0, Infinity, undefined, 'fail')).toEqual([]);
  });
});

describe('health in a running task', () => {
  it('marks a task UNHEALTHY but keeps a standalone task running', () => {
    const w = makeWorld();
    const hc = {
      command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'],
      interval: 10,
      retries: 3,
    };
    const arn = w.launch(
      w.define('sick', [nginx({ image: 'public.ecr.aws/ecs-sandbox/web:unhealthy', healthCheck: hc })]),
    );
    w.sim.advance(20);
    expect(w.task(arn).healthStatus).toBe('UNKNOWN');
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.containers[0]!.healthStatus).toBe('UNHEALTHY');
    expect(t.healthStatus).toBe('UNHEALTHY');
    expect(t.lastStatus).toBe('RUNNING');
    expect(t.desiredStatus).toBe('RUNNING');
  });

  it('reports HEALTHY once nginx answers its first check', () => {
    const w = makeWorld();
    const hc = { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 15 };
    const arn = w.launch(w.define('ok', [nginx({ healthCheck: hc })]));
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.containers[0]!.healthStatus).toBe('HEALTHY');
    expect(t.healthStatus).toBe('HEALTHY');
  });

  it('runs a busybox health check command through the tiny shell', () => {
    const w = makeWorld();
    const arn = w.launch(
      w.define('bb', [
        {
          name: 'b',
          image: 'busybox',
          memory: 64,
          command: ['sleep', '600'],
          healthCheck: { command: ['CMD', 'false'], interval: 5, retries: 1 },
        },
      ]),
    );
    w.sim.advance(30);
    expect(w.task(arn).healthStatus).toBe('UNHEALTHY');
  });
});
