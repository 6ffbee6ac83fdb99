import { describe, expect, it } from 'vitest';
import { decodeError, MAX_DECODE_CHARS } from '../../../src/app/decodeError/decode';
import { PATTERNS, type PatternId } from '../../../src/app/decodeError/patterns';

const idOf = (text: string) => {
  const r = decodeError(text);
  return r.kind === 'recognised' ? r.pattern.id : r.kind;
};

describe('decodeError', () => {
  it.each(PATTERNS.map((p) => [p.id, p] as const))('reads its own example as %s', (id, pattern) => {
    expect(idOf(pattern.example)).toBe(id);
  });

  it('gives every pattern an explanation, a place to look and at least one fix', () => {
    for (const p of PATTERNS) {
      expect(p.whatHappened.length, p.id).toBeGreaterThan(40);
      expect(p.whereToLook.length, p.id).toBeGreaterThan(20);
      expect(p.fixes.length, p.id).toBeGreaterThan(0);
    }
    expect(new Set(PATTERNS.map((p) => p.id)).size).toBe(PATTERNS.length);
  });

  // the other wordings of the same failures: the EC2 agent's, Docker's, older service events, RunTask failures
  const wordings: ReadonlyArray<readonly [string, PatternId]> = [
    [
      'CannotPullContainerError: Error response from daemon: manifest for nginx:1.99 not found: manifest unknown: Requested image not found',
      'pull-not-found',
    ],
    [
      "CannotPullContainerError: The task can’t pull the image. Check whether the image exists. Error response from daemon: pull access denied for shop/api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'pull-not-found',
    ],
    [
      "CannotPullContainerError: The task can’t pull the image. Check that the role has the permissions to pull images from the registry. Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::123456789012:assumed-role/exec/i-0abc is not authorized to perform: ecr:BatchGetImage",
      'pull-access-denied',
    ],
    ['CannotPullECRContainerError: AccessDeniedException: User: … is not authorized', 'registry-auth'],
    ['Fetching secret data from SSM Parameter Store in us-east-1: invalid parameters: /shop/db', 'secrets'],
    [
      'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.',
      'log-group',
    ],
    ['OOMKilled', 'oom'],
    ['Essential container in task exited (exit code 137)', 'oom'],
    ['exitCode: 137', 'oom'],
    [
      '(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 5f1b) is already using a port required by your task.',
      'host-port',
    ],
    [
      'CannotStartContainerError: Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:80 failed: port is already allocated',
      'host-port',
    ],
    ['RESOURCE:MEMORY', 'place-memory'],
    ['RESOURCE:CPU', 'place-cpu'],
    ['RESOURCE:PORTS', 'host-port'],
    ['RESOURCE:GPU', 'place-gpu'],
    ['ATTRIBUTE', 'place-attribute'],
    ['DistinctInstance placement constraint unsatisfied.', 'place-constraint'],
    [
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): RequestError: send request failed caused by: Post "https://secretsmanager.us-east-1.amazonaws.com/": dial tcp 10.0.0.9:443: i/o timeout',
      'network-timeout',
    ],
    ['No Fargate configuration exists for given values: 512 CPU, 8192 memory.', 'fargate-size'],
    [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      'app-access-denied',
    ],
    [
      'service api (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/1) due to (reason Request timed out).',
      'elb-health',
    ],
  ];
  it.each(wordings)('reads %j as %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('reads a start-up failure as that failure, not as the AccessDenied inside it', () => {
    const text = PATTERNS.find((p) => p.id === 'registry-auth')!.example;
    const r = decodeError(text);
    expect(r.kind === 'recognised' && r.pattern.id).toBe('registry-auth');
    expect(r.kind === 'recognised' && r.alsoMatches).toContain('app-access-denied');
  });

  it('picks out the names a learner can look up', () => {
    const denied = decodeError(PATTERNS.find((p) => p.id === 'app-access-denied')!.example);
    expect(denied.kind === 'recognised' && denied.details).toMatchObject({
      role: 'reports-task',
      action: 's3:PutObject',
    });
    const elb = decodeError(PATTERNS.find((p) => p.id === 'elb-health')!.example);
    expect(elb.kind === 'recognised' && elb.details).toMatchObject({
      service: 'web',
      targetGroup: expect.stringMatching(/^arn:aws:elasticloadbalancing:.*targetgroup\/web-tg\//),
    });
    const pull = decodeError(PATTERNS.find((p) => p.id === 'pull-not-found')!.example);
    expect(pull.kind === 'recognised' && pull.details.image).toBe('docker.io/library/nginx:1.99');
    const oom = decodeError('OutOfMemoryError: Container killed due to memory usage (exit code 137)');
    expect(oom.kind === 'recognised' && oom.details.exitCode).toBe(137);
    const place = decodeError(PATTERNS.find((p) => p.id === 'place-memory')!.example);
    expect(place.kind === 'recognised' && place.details).toMatchObject({
      service: 'api',
      containerInstance: '0123456789abcdef0123456789abcdef',
    });
  });

  it('answers empty text with what to paste', () => {
    expect(decodeError('  \n\t ')).toMatchObject({
      kind: 'empty',
      message: expect.stringMatching(/Paste an error/),
    });
  });

  it('answers unknown text with the list of failures it knows, and never throws', () => {
    for (const text of ['hello world', '((([[[*+?', 'x'.repeat(MAX_DECODE_CHARS * 3), '\u0000\uffff']) {
      const r = decodeError(text);
      expect(r.kind).toBe('unrecognised');
      if (r.kind === 'unrecognised') {
        expect(r.known.map((k) => k.id)).toEqual(PATTERNS.map((p) => p.id));
        expect(r.message).toMatch(/matches none/);
      }
    }
  });

  it('reads only the first part of a very long paste', () => {
    const text = 'x'.repeat(MAX_DECODE_CHARS) + ' Essential container in task exited';
    expect(idOf(text)).toBe('unrecognised');
    expect(idOf(`Essential container in task exited ${'x'.repeat(MAX_DECODE_CHARS)}`)).toBe(
      'essential-exited',
    );
  });
});
