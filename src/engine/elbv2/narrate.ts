import { arnName } from '../../lib/arn';
import type { SimEvent } from '../model/events';

/** One sentence for a target's health change, for the narrated log. */
export function targetHealthSentence(event: Extract<SimEvent, { type: 'TargetHealthChanged' }>): string {
  const group = targetGroupName(event.targetGroupArn);
  const target = `Target ${event.targetId}:${event.port} of target group ${group}`;
  if (event.to === undefined) return `${target} left the group.`;
  const why = event.reason ? ` (${event.reason})` : '';
  return event.from === undefined
    ? `${target} was registered: ${event.to}${why}.`
    : `${target} went from ${event.from} to ${event.to}${why}.`;
}

/** `…:targetgroup/<name>/<id>` → `<name>`. */
const targetGroupName = (arn: string) => arnName(arn.slice(0, arn.lastIndexOf('/')));
