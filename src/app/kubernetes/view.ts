import { isAwsError, type Simulation } from '../../engine/index';
import { kubernetesInput, type KubernetesSource } from './fromSimulation';
import { translate } from './translate';
import type { MappingNote, TranslateInput } from './types';
import { toYaml } from './yaml';

export type { KubernetesSource } from './fromSimulation';
export { kubernetesSources } from './fromSimulation';

/** What the Kubernetes tab shows for one source: both texts and the mapping notes. */
export interface KubernetesView {
  readonly ecsJson: string;
  readonly yaml: string;
  readonly notes: ReadonlyArray<MappingNote>;
  readonly kinds: ReadonlyArray<string>;
}

/** The ECS side as shown: the service without its event list and deployment history (they do not translate). */
function ecsText(input: TranslateInput): string {
  const shown: Record<string, unknown> = { taskDefinition: input.taskDefinition };
  if (input.service) {
    const { events: _events, deployments: _deployments, ...service } = input.service;
    shown.service = service;
  }
  if (input.scaling) shown.scaling = input.scaling;
  return JSON.stringify(shown, null, 2);
}

/**
 * The tab's content for `source`, read on a copy of the simulation (the reads leave the learner's history
 * alone). A source that no longer exists comes back as a sentence saying so.
 */
export function kubernetesView(
  sim: Simulation,
  source: KubernetesSource,
): { readonly ok: true; readonly view: KubernetesView } | { readonly ok: false; readonly message: string } {
  try {
    const input = kubernetesInput(sim.fork(), source);
    const t = translate(input);
    return {
      ok: true,
      view: {
        ecsJson: ecsText(input),
        yaml: toYaml(t.objects),
        notes: t.notes,
        kinds: t.objects.map((o) => o.object.kind),
      },
    };
  } catch (e) {
    const what =
      source.kind === 'service' ? `service ${source.service}` : `task definition ${source.taskDefinition}`;
    const reason = isAwsError(e) ? `${e.name}: ${e.message}` : e instanceof Error ? e.message : String(e);
    return { ok: false, message: `Cannot translate ${what} (${reason}). Pick another one from the list.` };
  }
}
