import { describe, expect, it } from 'vitest';
import { containerConfigOf } from '../../../src/engine/startup/config';
import { awslogs, ec2App, startWorld } from './world';

/**
 * A task with no start-up work (no task role, awslogs, secrets, files, ECR or EFS) can start before the later part
 * has loaded, so the start-up hook leaves its record alone and its configuration is derived when read: the state
 * is the same whenever the later part loaded.
 */
describe('containerConfigOf', () => {
  it('derives a plain task’s variables instead of storing them, and stores them for a task with start-up work', () => {
    const w = startWorld();
    w.register(ec2App({ environment: [{ name: 'MODE', value: 'blue' }] }));
    const plain = w.after(60, w.run('EC2'));
    expect(plain.lastStatus).toBe('RUNNING');
    expect(plain.containerConfig).toBeUndefined();
    const derived = containerConfigOf(w.state, plain)!['web']!;
    expect(derived.find((v) => v.name === 'MODE')).toMatchObject({ value: 'blue', source: 'environment' });
    expect(derived.find((v) => v.name === 'AWS_EXECUTION_ENV')).toMatchObject({ value: 'AWS_ECS_EC2' });
    expect(derived.some((v) => v.name === 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')).toBe(false);

    w.register(ec2App({ logConfiguration: awslogs('/ecs/web') }));
    const logged = w.after(60, w.run('EC2'));
    expect(logged.lastStatus).toBe('RUNNING');
    expect(logged.containerConfig?.['web']).toBeDefined();
    expect(containerConfigOf(w.state, logged)).toBe(logged.containerConfig);
  });

  it('has nothing for a task whose containers never started', () => {
    const w = startWorld();
    w.register(ec2App({ logConfiguration: awslogs('/ecs/no-such-group') }));
    const failed = w.after(60, w.run('EC2'));
    expect(failed.stopCode).toBe('TaskFailedToStart');
    expect(containerConfigOf(w.state, failed)).toBeUndefined();
  });
});
