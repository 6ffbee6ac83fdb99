import type { DeepReadonly, PlacementTrace, SimState } from '../../engine/index';
import type { ReplayScript } from '../../viz/clusterMap/replay';
import type { ReplayFrame } from '../../viz/clusterMap/replayRender';

/**
 * The placement replay being played, one for the app: the explainer starts it, the cluster map of the same
 * simulation draws it and shows the replay bar. A map of another simulation (a what-if fork) never plays it.
 */
class PlacementReplayState {
  script = $state.raw<ReplayScript | undefined>();
  index = $state(0);
  playing = $state(false);
  /** the state object of the simulation whose trace this is */
  #source = $state.raw<object | undefined>();
  /** the control that started the replay: focus goes back to it when the replay ends */
  #origin: HTMLElement | undefined;

  /** Builds the replay of `trace` (its code loads on first use) and shows its first step. */
  async start(trace: PlacementTrace, state: DeepReadonly<SimState>, origin?: HTMLElement): Promise<void> {
    const { buildReplay, mapInstanceNamer } = await import('../../viz/clusterMap/replay');
    this.#origin = origin;
    this.#source = state;
    this.index = 0;
    this.playing = false;
    this.script = buildReplay(trace, mapInstanceNamer(state));
  }

  /** The step to draw on a map of `state`, when the replay is of that simulation. */
  frameFor(state: object): ReplayFrame | undefined {
    return this.script && state === this.#source ? { script: this.script, index: this.index } : undefined;
  }

  get last(): number {
    return (this.script?.steps.length ?? 1) - 1;
  }

  go(index: number): void {
    this.index = Math.max(0, Math.min(this.last, index));
    if (this.index === this.last) this.playing = false;
  }

  /** Ends the replay: the map shows the cluster as it is, and focus returns to where the replay started. */
  stop(): void {
    this.script = undefined;
    this.playing = false;
    if (this.#origin?.isConnected) this.#origin.focus();
    this.#origin = undefined;
  }
}

export const placementReplay = new PlacementReplayState();
