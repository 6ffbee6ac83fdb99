import { describe, expect, it } from 'vitest';
import { IMAGE_DESCRIPTIONS } from '../../../src/engine/catalog/imageDescriptions';
import { healthAnswer, imageProgram, runShell } from '../../../src/engine/catalog/imageProgram';
import {
  IMAGE_CATALOG,
  parseImageReference,
  pullErrorMessage,
  pullImage,
  registryHint,
  SUGGESTED_IMAGES,
} from '../../../src/engine/catalog/images';

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['docker.io/library/nginx:latest', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx', 'docker.io/library/nginx:latest'],
    ['amazon/amazon-ecs-sample', 'docker.io/amazon/amazon-ecs-sample:latest'],
    ['public.ecr.aws/nginx/nginx:latest', 'public.ecr.aws/nginx/nginx:latest'],
    ['localhost:5000/team/app:v3', 'localhost:5000/team/app:v3'],
    [`nginx@sha256:${'a'.repeat(64)}`, `docker.io/library/nginx@sha256:${'a'.repeat(64)}`],
    [`nginx:1.27@sha256:${'b'.repeat(64)}`, `docker.io/library/nginx@sha256:${'b'.repeat(64)}`],
  ])('reads %s as %s', (ref, canonical) => {
    expect(parseImageReference(ref)?.canonical).toBe(canonical);
  });

  it.each(['Nginx', 'nginx:', 'nginx@sha256:abc', 'nginx:bad tag', '/nginx', ''])(
    'rejects the malformed reference %j',
    (ref) => {
      expect(parseImageReference(ref)).toBeUndefined();
    },
  );
});

describe('pullImage', () => {
  it.each([
    'nginx',
    'nginx:latest',
    'nginx:1.27',
    'docker.io/library/nginx:latest',
    'httpd:2.4',
    'public.ecr.aws/nginx/nginx:latest',
    'amazon/amazon-ecs-sample:latest',
    'busybox',
    'public.ecr.aws/ecs-sandbox/web:v1',
    'public.ecr.aws/ecs-sandbox/web:v2',
    'public.ecr.aws/ecs-sandbox/web:crash',
    'public.ecr.aws/ecs-sandbox/web:unhealthy',
    'public.ecr.aws/ecs-sandbox/web:slow',
  ])('finds %s in the catalog', (ref) => {
    expect(pullImage(ref).ok).toBe(true);
  });

  it("pulls by digest only when the digest is the image's own", () => {
    const nginx = IMAGE_CATALOG.find((i) => i.shortName === 'nginx' && i.tags.includes('latest'))!;
    expect(pullImage(`nginx@sha256:${nginx.digest}`).ok).toBe(true);
    expect(pullImage(`nginx@sha256:${'0'.repeat(64)}`)).toMatchObject({ ok: false, problem: 'no-manifest' });
  });

  it.each([
    ['ngnix', 'no-repository'],
    ['nginx:1.99', 'no-manifest'],
    ['public.ecr.aws/ecs-sandbox/web', 'no-manifest'],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1', 'no-repository'],
    ['NGINX', 'invalid-reference'],
  ])('fails to pull %s (%s)', (ref, problem) => {
    expect(pullImage(ref)).toMatchObject({ ok: false, problem });
  });

  it('words a missing repository like Docker on EC2 and like containerd on Fargate', () => {
    const outcome = pullImage('ngnix');
    expect(pullErrorMessage('ngnix', outcome, 'docker')).toBe(
      "CannotPullContainerError: Error response from daemon: pull access denied for ngnix, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(pullErrorMessage('ngnix', outcome, 'containerd')).toMatch(
      /^CannotPullContainerError: pull image manifest has been retried 5 time\(s\): failed to resolve ref docker\.io\/library\/ngnix:latest: pull access denied/,
    );
  });

  it('hints, in the sandbox’s words, which images its registry does have', () => {
    expect(registryHint('myco/app:1.2', pullImage('myco/app:1.2'))).toBe(
      "ECS Sandbox: its simulated registry has no image 'myco/app:1.2'; try nginx:latest, httpd:2.4, busybox:latest, amazon/amazon-ecs-sample:latest — see the Images tab",
    );
    expect(registryHint('nginx:1.99', pullImage('nginx:1.99'))).toBe(
      "ECS Sandbox: its simulated registry has nginx but not '1.99'; try nginx:latest, nginx:1.27 — see the Images tab",
    );
    expect(registryHint('NGINX', pullImage('NGINX'))).toBe('');
    expect(registryHint('nginx', pullImage('nginx'))).toBe('');
  });

  it.each(SUGGESTED_IMAGES)('suggests only images that pull: %s', (ref) => {
    expect(pullImage(ref).ok).toBe(true);
  });

  it('documents every image with a description, a size and a pull time', () => {
    for (const image of IMAGE_CATALOG) {
      expect(IMAGE_DESCRIPTIONS[image.digest]?.length ?? 0).toBeGreaterThan(20);
      expect(image.sizeMiB).toBeGreaterThan(0);
      expect(image.pullSeconds).toBeGreaterThan(0);
      expect(image.digest).toMatch(/^[a-f0-9]{64}$/);
    }
  });
});

describe('the tiny shell', () => {
  it.each([
    [[], 0, 0],
    [['sleep', '5'], 5, 0],
    [['sh', '-c', 'exit 3'], 0, 3],
    [['/bin/sh', '-c', 'sleep 2; sleep 3; exit 7'], 5, 7],
    [['sh', '-c', 'false && sleep 9'], 0, 1],
    [['sh', '-c', 'false || exit 5'], 0, 5],
    [['sh', '-c', 'echo hello'], 0, 0],
    [['curl', 'http://localhost'], 0, 127],
    [['sleep 5'], 0, 127],
  ])('runs %j for %d s and ends with status %d', (argv, seconds, status) => {
    expect(runShell(argv)).toEqual({ seconds, status });
  });

  it.each([[['sleep', 'infinity']], [['tail', '-f', '/dev/null']], [['sh', '-c', 'sleep infinity']]])(
    'runs %j until stopped',
    (argv) => {
      expect(runShell(argv).seconds).toBeUndefined();
    },
  );
});

describe('imageProgram and healthAnswer', () => {
  const image = (ref: string) => {
    const outcome = pullImage(ref);
    if (!outcome.ok) throw new Error(ref);
    return outcome.image;
  };

  it.each([
    ['nginx', [], { exitCode: 0, ignoresSigterm: false }],
    ['public.ecr.aws/ecs-sandbox/web:crash', [], { exitAfter: 5, exitCode: 1, ignoresSigterm: false }],
    ['busybox', [], { exitAfter: 0, exitCode: 0, ignoresSigterm: true }],
    ['busybox', ['sleep', '5'], { exitAfter: 5, exitCode: 0, ignoresSigterm: true }],
    ['busybox', ['nosuchcmd'], { exitAfter: 0, exitCode: 127, ignoresSigterm: true }],
  ] as const)('runs %s %j as %j', (ref, argv, expected) => {
    expect(imageProgram(image(ref), argv)).toEqual(expected);
  });

  it.each([
    ['nginx', ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], 'pass'],
    ['public.ecr.aws/ecs-sandbox/web:unhealthy', ['CMD-SHELL', 'curl -f http://localhost:8080/'], 'fail'],
    [
      'public.ecr.aws/ecs-sandbox/web:slow',
      ['CMD-SHELL', 'curl -f http://localhost:8080/'],
      { passAfterSeconds: 90 },
    ],
    ['busybox', ['CMD-SHELL', 'exit 0'], 'pass'],
    ['busybox', ['CMD', 'false'], 'fail'],
  ] as const)('answers health checks of %s %j with %j', (ref, command, expected) => {
    expect(healthAnswer(image(ref), command)).toEqual(expected);
  });
});

describe('the demo app a service rollout uses (issue 10)', () => {
  const demo = (tag: string) => {
    const outcome = pullImage(`public.ecr.aws/ecs-sandbox/web:${tag}`);
    if (!outcome.ok) throw new Error(tag);
    return outcome.image;
  };
  const httpCheck = ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'];

  it.each([
    ['v1', 'runs until stopped and answers every check', undefined, 'pass'],
    ['v2', 'runs until stopped and answers every check', undefined, 'pass'],
    ['crash', 'exits with a failure soon after it starts', 5, 'pass'],
    ['unhealthy', 'runs but never answers a check', undefined, 'fail'],
    ['slow', 'runs but answers only after a long start', undefined, { passAfterSeconds: 90 }],
  ] as const)('web:%s %s', (tag, _what, exitAfter, health) => {
    const image = demo(tag);
    expect(image.ports).toEqual([8080]);
    const program = imageProgram(image, []);
    expect(program.exitAfter).toBe(exitAfter);
    if (exitAfter !== undefined) expect(program.exitCode).not.toBe(0);
    expect(healthAnswer(image, httpCheck)).toEqual(health);
  });

  it('gives v1 and v2 different digests, so a rollout really changes the image', () => {
    expect(demo('v1').digest).not.toBe(demo('v2').digest);
  });
});

describe('image descriptions', () => {
  it('describe exactly the images in the catalog', () => {
    expect(Object.keys(IMAGE_DESCRIPTIONS).sort()).toEqual(IMAGE_CATALOG.map((i) => i.digest).sort());
  });
});
