import type { PlacementStrategy } from '../../model/taskDefinition';
import type { StrategyPlugin } from '../types';
import { binpack } from './binpack';
import { random } from './random';
import { spread } from './spread';

/** The strategies by their AWS type. */
export const STRATEGIES: Readonly<Record<PlacementStrategy['type'], StrategyPlugin>> = {
  binpack,
  spread,
  random,
};
