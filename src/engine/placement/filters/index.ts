import type { FilterPlugin } from '../types';
import { agentFilter } from './agent';
import { attributesFilter } from './attributes';
import { distinctInstanceFilter } from './distinctInstance';
import { eniFilter } from './eni';
import { locationFilter } from './location';
import { memberOfFilter } from './memberOf';
import { portsFilter, portsUdpFilter } from './ports';
import { cpuFilter, gpuFilter, memoryFilter } from './resources';
import { statusFilter } from './status';

/**
 * Every filter in the order ECS applies them (ecs-reference §3.1): eligibility and resources first, then the
 * constraints. An instance is rejected by the first filter it fails.
 */
export const FILTERS: ReadonlyArray<FilterPlugin> = [
  statusFilter,
  agentFilter,
  cpuFilter,
  memoryFilter,
  gpuFilter,
  portsFilter,
  portsUdpFilter,
  eniFilter,
  attributesFilter,
  locationFilter,
  distinctInstanceFilter,
  memberOfFilter,
];
