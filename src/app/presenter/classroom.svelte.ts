import type { Simulation } from '../../engine/index';
import { findScenario, loadScenarioBuilds } from '../scenarios';
import type { Session } from '../session.svelte';
import {
  placedTaskArns,
  SAMPLE_SECONDS,
  SCENES,
  type RevealRun,
  type Scene,
  type SceneCall,
  type SceneOption,
} from './scenes';

/** The room's answer once revealed: the option that came true, why, and the task whose placement to replay. */
export interface Reveal {
  readonly answer: string;
  readonly explanation: string;
  readonly placedTaskArn?: string;
}

/**
 * Predict, then reveal, for a room: the presenter walks a scene list; each scene pauses the sandbox just before a
 * placement, deployment or scaling step, the presenter records the show of hands per option, and the reveal plays
 * the step on the learner's sandbox and says which option came true and why. Scenes are built from their
 * scenario's fixed seed, so every run of a scene is the same. The sandbox the learner had is kept as the previous
 * session when the first scene opens.
 */
export class Classroom {
  index = $state(-1);
  phase = $state<'predict' | 'revealed'>('predict');
  options = $state.raw<ReadonlyArray<SceneOption>>([]);
  /** hands raised per option id */
  tally = $state<Record<string, number>>({});
  reveal = $state.raw<Reveal | undefined>(undefined);
  /** a scene whose setup or step the sandbox refused: the presenter sees why instead of a broken scene */
  problem = $state<string | undefined>(undefined);
  readonly scenes: ReadonlyArray<Scene>;
  readonly #session: Session;

  constructor(session: Session, scenes: ReadonlyArray<Scene> = SCENES) {
    this.#session = session;
    this.scenes = scenes;
  }

  get scene(): Scene | undefined {
    return this.scenes[this.index];
  }

  /** Opens scene `index`: its scenario from the start, the setup calls, then the pause before the step. */
  async open(index: number): Promise<void> {
    const scene = this.scenes[index];
    if (!scene) return;
    const scenario = findScenario(scene.scenarioId);
    if (!scenario)
      throw new Error(`scene "${scene.id}" names scenario "${scene.scenarioId}", which does not exist`);
    await Promise.all([this.#session.loadLaterEngine(), loadScenarioBuilds()]);
    const session = this.#session;
    // the first scene keeps the learner's own sandbox to come back to; later ones start over
    if (this.index < 0) session.switchTo(scenario);
    else session.load(scenario);
    this.index = index;
    this.phase = 'predict';
    this.reveal = undefined;
    this.problem = undefined;
    for (const call of scene.setup) if (!this.#make(call)) break;
    this.options = scene.options(session.sim);
    this.tally = Object.fromEntries(this.options.map((o) => [o.id, 0]));
  }

  /** One more (or, with -1, one fewer) hand for the option at `position` (0-based), never below zero. */
  vote(position: number, delta: 1 | -1 = 1): void {
    const option = this.options[position];
    if (!option || this.phase !== 'predict') return;
    this.tally[option.id] = Math.max(0, (this.tally[option.id] ?? 0) + delta);
  }

  /** Plays the step: makes the call, lets the scene's time pass while sampling, and reads the answer. */
  play(): void {
    const scene = this.scene;
    if (!scene || this.phase !== 'predict') return;
    const session = this.#session;
    const before: Simulation = session.sim.fork();
    const made = session.callByName(scene.action.service, scene.action.operation, scene.action.input);
    if (!made.ok) {
      this.problem = `${made.name}: ${made.message}`;
      return;
    }
    const samples: number[] = [];
    const sample = () => {
      if (scene.observe) samples.push(scene.observe(session.sim));
    };
    sample();
    for (let t = 0; t < scene.watch; t += SAMPLE_SECONDS) {
      session.advance(Math.min(SAMPLE_SECONDS, scene.watch - t));
      sample();
    }
    const run: RevealRun = { before, after: session.sim, output: made.output, samples };
    const placed = placedTaskArns(made.output)[0];
    this.reveal = {
      answer: scene.outcome(run),
      explanation: scene.explain(run),
      ...(scene.kind === 'placement' && placed ? { placedTaskArn: placed } : {}),
    };
    this.phase = 'revealed';
  }

  /** The clicker's "next": reveal the open scene, or go on to the next scene once revealed. */
  async next(): Promise<void> {
    if (this.index < 0) return this.open(0);
    if (this.phase === 'predict') return this.play();
    if (this.index < this.scenes.length - 1) return this.open(this.index + 1);
  }

  /** The clicker's "back": ask the revealed scene again from its pause, or go to the scene before. */
  async back(): Promise<void> {
    if (this.phase === 'revealed') return this.open(this.index);
    if (this.index > 0) return this.open(this.index - 1);
  }

  /** Makes a setup call; a refusal is shown as the scene's problem. */
  #make(call: SceneCall): boolean {
    const made = this.#session.callByName(call.service, call.operation, call.input);
    if (!made.ok) {
      this.problem = `${made.name}: ${made.message}`;
      return false;
    }
    if (call.wait) this.#session.advance(call.wait);
    return true;
  }
}
