/**
 * Task-level `cpu` and `memory` are strings: plain units ("1024") or a value with a unit ("1 vCPU", "2 GB").
 * ECS stores them as integer strings of CPU units and MiB (ecs-reference §1.7).
 */

const CPU = /^\s*(?:(\d+)|(\d+(?:\.\d+)?|\.\d+)\s*vcpu)\s*$/i;
const MEMORY = /^\s*(?:(\d+)|(\d+(?:\.\d+)?|\.\d+)\s*gb)\s*$/i;

function parse(pattern: RegExp, perUnit: number, text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = pattern.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) : Math.round(Number(m[2]) * perUnit);
}

/** CPU units from "1024" / "1 vCPU" / "0.5 vcpu"; undefined when the text is not in either form. */
export const parseTaskCpu = (text: unknown): number | undefined => parse(CPU, 1024, text);

/** MiB from "2048" / "2GB" / "2 GB"; undefined when the text is not in either form. */
export const parseTaskMemory = (text: unknown): number | undefined => parse(MEMORY, 1024, text);
