import { describe, expect, it } from 'vitest';
import {
  FARGATE_SIZES,
  fargateMemoryOptions,
  taskDefinitionProblems,
} from '../../../src/engine/taskDefinitions';
import { aFargateDefinition } from './fixtures';

const combinations = FARGATE_SIZES.flatMap((s) => s.memory.map((memory) => ({ cpu: s.cpu, memory })));

describe('Fargate task sizes', () => {
  it('has the 74 Linux combinations of ecs-reference §1.7', () => {
    expect(combinations).toHaveLength(74);
    expect(fargateMemoryOptions(256)).toEqual([512, 1024, 2048]);
    expect(fargateMemoryOptions(8192)).toEqual([
      16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440,
    ]);
    expect(fargateMemoryOptions(16384).at(-1)).toBe(122880);
    expect(fargateMemoryOptions(4096)).toHaveLength(23);
    expect(fargateMemoryOptions(300)).toEqual([]);
  });

  it.each(combinations)('accepts cpu $cpu with memory $memory', ({ cpu, memory }) => {
    expect(taskDefinitionProblems(aFargateDefinition({ cpu: String(cpu), memory: String(memory) }))).toEqual(
      [],
    );
  });

  it.each([
    { cpu: '256', memory: '3072' },
    { cpu: '512', memory: '512' },
    { cpu: '1024', memory: '1024' },
    { cpu: '2048', memory: '17408' },
    { cpu: '4096', memory: '31744' },
    { cpu: '8192', memory: '18432' },
    { cpu: '16384', memory: '36864' },
    { cpu: '128', memory: '512' },
    { cpu: '32768', memory: '65536' },
  ])('rejects cpu $cpu with memory $memory', (size) => {
    const [p] = taskDefinitionProblems(aFargateDefinition(size));
    expect(p?.errorName).toBe('ClientException');
    expect(p?.message).toMatch(/^Invalid 'cpu' setting for task\./);
  });

  it.each([
    { cpu: '1 vCPU', memory: '2 GB' },
    { cpu: '1 vcpu', memory: '2GB' },
    { cpu: '0.25 vCPU', memory: '0.5 GB' },
    { cpu: '16 vCPU', memory: '120 GB' },
  ])('accepts the string forms cpu "$cpu" memory "$memory"', (size) => {
    expect(taskDefinitionProblems(aFargateDefinition(size))).toEqual([]);
  });
});
