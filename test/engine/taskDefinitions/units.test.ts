import { describe, expect, it } from 'vitest';
import { parseTaskCpu, parseTaskMemory } from '../../../src/engine/taskDefinitions';

describe('task-level cpu and memory strings', () => {
  it.each([
    ['1024', 1024],
    ['1 vCPU', 1024],
    ['1 vcpu', 1024],
    ['2vCPU', 2048],
    [' 4 VCPU ', 4096],
    ['.5 vCPU', 512],
  ])('reads cpu %j as %i units', (text, units) => {
    expect(parseTaskCpu(text)).toBe(units);
  });

  it.each([
    ['2048', 2048],
    ['2GB', 2048],
    ['2 GB', 2048],
    ['0.5 gb', 512],
  ])('reads memory %j as %i MiB', (text, mib) => {
    expect(parseTaskMemory(text)).toBe(mib);
  });

  it.each(['', 'one', '1 GB', '1.5', '-1', '1 vCPUs'])('does not read cpu %j', (text) => {
    expect(parseTaskCpu(text)).toBeUndefined();
  });

  it.each(['1 vCPU', '2 MB', '2.5', 1024])('does not read memory %j', (text) => {
    expect(parseTaskMemory(text)).toBeUndefined();
  });
});
