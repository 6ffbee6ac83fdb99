import { select, type BaseType, type Selection } from 'd3';
import { appendBlockParts, paintBlocks, type BlockLook } from './blocks';
import type { CapacityCounts, CategoryView, ClusterMapModel, TaskPhase } from './types';

const SWATCH = 18;

const PHASES: ReadonlyArray<{ phase: TaskPhase; text: string }> = [
  { phase: 'running', text: 'Running: solid block' },
  { phase: 'pending', text: 'Starting (PROVISIONING, PENDING, ACTIVATING): striped, dashed edge' },
  { phase: 'stopping', text: 'Stopping (told to stop, or DEACTIVATING…DEPROVISIONING): pale, dotted edge' },
];

const INSTANCE_KEYS: ReadonlyArray<{ cls: string; text: string }> = [
  {
    cls: 'cm-key-bar',
    text: 'CPU / Mem bar: filled part reserved by tasks, the rest free (numbers: used/total)',
  },
  { cls: 'cm-key-eni', text: 'ENI squares: filled = task ENI slot in use' },
  { cls: 'cm-key-match', text: '✓ match, thick edge: the instance matches the memberOf expression' },
  { cls: 'cm-key-notready', text: 'Dashed card: not ready yet (booting, agent waiting or failed)' },
];

const SERVICE_KEYS: ReadonlyArray<{ look: Partial<BlockLook>; text: string }> = [
  { look: { deployment: 'old' }, text: 'Dark corner: old deployment, being replaced by the rolling update' },
  { look: { target: 'healthy' }, text: 'Green dot: load balancer target healthy' },
  { look: { target: 'initial' }, text: 'Hollow ring: target registering or in its first health checks' },
  { look: { target: 'unhealthy' }, text: 'Red diamond: target failing its health checks' },
  { look: { target: 'draining' }, text: 'Hollow diamond: target draining (deregistered) or unused' },
];

/** The capacity marks, each listed only while the map shows one (`shown` reads the model's counts). */
const CAPACITY_KEYS: ReadonlyArray<{
  cls: string;
  shown: (c: CapacityCounts) => boolean;
  look?: Partial<BlockLook>;
  text: string;
}> = [
  {
    cls: 'cm-key-fargate-spot',
    shown: (c) => c.fargateSpotTasks > 0,
    look: { spot: 'fargate' },
    text: 'S tag, top-right corner: Fargate Spot task (capacity provider FARGATE_SPOT); AWS can stop it with a two-minute warning',
  },
  {
    cls: 'cm-key-spot',
    shown: (c) => c.spotInstances > 0,
    text: 'Spot badge: a Spot Instance, which EC2 can reclaim with a two-minute warning (no badge: On-Demand)',
  },
  {
    cls: 'cm-key-cp',
    shown: (c) => c.providerInstances > 0,
    text: 'CP badge: the capacity provider (Auto Scaling group) the instance belongs to',
  },
];

type Item<D> = Selection<HTMLLIElement, D, BaseType, unknown>;

function swatch<D>(li: Item<D>): Selection<SVGGElement, D, BaseType, unknown> {
  return li
    .append('svg')
    .attr('class', 'cm-svg')
    .attr('aria-hidden', 'true')
    .attr('width', SWATCH)
    .attr('height', SWATCH)
    .append('g')
    .attr('class', 'cm-task');
}

function section(root: Selection<HTMLDivElement, unknown, null, undefined>, cls: string, title: string) {
  const div = root.append('div').attr('class', cls);
  div.append('h3').text(title);
  return div.append('ul');
}

/**
 * Builds the legend below the map: task groups (colour and letter), task phases (fill and edge), the
 * instance marks, and the service and capacity marks. Returns a function that redraws the group list for the
 * categories on the map now and shows the service and capacity keys only while the map has such marks.
 */
export function createLegend(
  root: HTMLDivElement,
  patternPrefix: string,
): (model: Pick<ClusterMapModel, 'categories' | 'capacity'>) => void {
  const legend = select(root);
  const groups = section(legend, 'cm-legend-groups', 'Task groups');
  const none = select(groups.node()!.parentElement).append('p').text('No tasks yet');
  const phases = section(legend, 'cm-legend-phases', 'Task state');
  const phaseItems = phases.selectAll<HTMLLIElement, (typeof PHASES)[number]>('li').data(PHASES).join('li');
  // a neutral sample: a letter here would read as task group B on the map
  const look = (phase: TaskPhase): BlockLook => ({ categoryIndex: 1, letter: '', phase, selected: false });
  paintBlocks(swatch(phaseItems).call(appendBlockParts), SWATCH, patternPrefix, (d) => look(d.phase));
  phaseItems.append('span').text((d) => d.text);
  const selected = phases.append('li');
  const selectedLook: BlockLook = { ...look('running'), selected: true };
  paintBlocks(swatch(selected).call(appendBlockParts), SWATCH, patternPrefix, () => selectedLook);
  selected.append('span').text('Selected task: dark ring (its placement is explained beside the map)');
  const instances = section(legend, 'cm-legend-instances', 'Instances');
  instances
    .selectAll('li')
    .data(INSTANCE_KEYS)
    .join('li')
    .attr('class', (d) => d.cls)
    .text((d) => d.text);

  const services = section(legend, 'cm-legend-services', 'Service tasks');
  const serviceItems = services
    .selectAll<HTMLLIElement, (typeof SERVICE_KEYS)[number]>('li')
    .data(SERVICE_KEYS)
    .join('li');
  paintBlocks(swatch(serviceItems).call(appendBlockParts), SWATCH, patternPrefix, (d) => ({
    ...look('running'),
    ...d.look,
  }));
  serviceItems.append('span').text((d) => d.text);
  const servicesSection = select(services.node()!.parentElement);

  const capacity = section(legend, 'cm-legend-capacity', 'Capacity');
  const capacityItems = capacity
    .selectAll<HTMLLIElement, (typeof CAPACITY_KEYS)[number]>('li')
    .data(CAPACITY_KEYS)
    .join('li')
    .attr('class', (d) => d.cls);
  const sampled = capacityItems.filter((d) => d.look !== undefined);
  paintBlocks(swatch(sampled).call(appendBlockParts), SWATCH, patternPrefix, (d) => ({
    ...look('running'),
    ...d.look,
  }));
  capacityItems.append('span').text((d) => d.text);
  const capacitySection = select(capacity.node()!.parentElement);

  return ({ categories, capacity: counts }) => {
    servicesSection.attr('hidden', categories.some((c) => c.key.startsWith('service:')) ? null : '');
    capacityItems.attr('hidden', (d) => (d.shown(counts) ? null : ''));
    capacitySection.attr('hidden', CAPACITY_KEYS.some((d) => d.shown(counts)) ? null : '');
    const items = groups
      .selectAll<HTMLLIElement, CategoryView>('li')
      .data(categories, (c) => c.key)
      .join((enter) => {
        const li = enter.append('li');
        swatch(li).call(appendBlockParts);
        li.append('span');
        return li;
      });
    paintBlocks(items.select<SVGGElement>('g'), SWATCH, patternPrefix, (c) => ({
      categoryIndex: c.index,
      letter: c.letter,
      phase: 'running',
      selected: false,
    }));
    items.select('span').text((c) => `${c.letter}: ${c.label}`);
    none.attr('hidden', categories.length ? '' : null);
  };
}
