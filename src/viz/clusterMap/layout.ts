import type { ClusterMapModel, InstanceView, LaneView, TaskView } from './types';

/** Sizes in rem; the layout multiplies them by the root font size so the map grows with presenter mode. */
export const SIZES = {
  pad: 0.75,
  bandHead: 2,
  cardWidth: 14,
  /** cards shrink down to this so up to `bandsAcross` bands (three AZs) still sit side by side */
  minCardWidth: 9.5,
  bandsAcross: 3,
  cardGap: 0.75,
  cardPad: 0.5,
  line: 1.25,
  /** title, status, CPU, memory, ports, ENIs */
  cardLines: 6,
  /** a fixed cell per task (not sized by memory): blocks stay large enough to point at and to read a letter on */
  cell: 1.5,
  cellGap: 0.25,
  laneHead: 1.5,
} as const;

/** Which slot each task holds in an instance or lane; kept between renders so tasks never shuffle. */
export type SlotMemory = ReadonlyMap<string, ReadonlyArray<string | undefined>>;

/**
 * Pure: the slots for `keys` given last render's `previous` slots. A task keeps its slot; a gone task frees
 * its slot; a new task takes the lowest free slot, preferring slots not freed in this very update (the old
 * block may still be fading out there).
 */
export function assignSlots(
  previous: ReadonlyArray<string | undefined> | undefined,
  keys: ReadonlyArray<string>,
): Array<string | undefined> {
  const present = new Set(keys);
  const next = (previous ?? []).map((k) => (k !== undefined && present.has(k) ? k : undefined));
  const justFreed = new Set(
    next.flatMap((k, i) => (k === undefined && previous?.[i] !== undefined ? [i] : [])),
  );
  const held = new Set(next);
  for (const key of keys) {
    if (held.has(key)) continue;
    let slot = next.findIndex((k, i) => k === undefined && !justFreed.has(i));
    if (slot < 0) slot = next.findIndex((k) => k === undefined);
    if (slot < 0) slot = next.length;
    next[slot] = key;
  }
  while (next.length && next[next.length - 1] === undefined) next.pop();
  return next;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlacedBand extends Box {
  readonly key: string;
  readonly label: string;
}
export interface PlacedCard extends Box {
  readonly key: string;
  readonly view: InstanceView;
}
export interface PlacedLane extends Box {
  readonly key: string;
  readonly view: LaneView;
}
export interface PlacedTask {
  readonly key: string;
  readonly view: TaskView;
  readonly x: number;
  readonly y: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** px per rem used for this layout */
  readonly rem: number;
  /** task block side in px */
  readonly cell: number;
  readonly bands: ReadonlyArray<PlacedBand>;
  readonly cards: ReadonlyArray<PlacedCard>;
  readonly lanes: ReadonlyArray<PlacedLane>;
  /** in reading order: band, instance, slot — this is also the keyboard order */
  readonly tasks: ReadonlyArray<PlacedTask>;
  readonly slots: SlotMemory;
}

/** The y offset (px) of a card's task grid below the card's top edge. */
export const cardGridTop = (rem: number) =>
  (SIZES.cardPad + SIZES.cardLines * SIZES.line + SIZES.cellGap) * rem;

/**
 * Pure: positions (px) for every band, instance card, lane and task block, flowing cards into rows that fit
 * `width`. All cards share one height (the fullest card's grid) so a busy instance never shifts its neighbours
 * sideways. `previousSlots` is the last layout's `slots`.
 */
export function layoutClusterMap(
  model: ClusterMapModel,
  width: number,
  rem: number,
  previousSlots: SlotMemory = new Map(),
): MapLayout {
  const s = (v: number) => v * rem;
  const pitch = s(SIZES.cell + SIZES.cellGap);
  const pad = s(SIZES.pad);
  const gap = pad / 2;
  // the widest card (up to the full size) that still lets the first bands sit side by side
  const across = Math.max(1, Math.min(model.groups.length, SIZES.bandsAcross));
  // (half a pixel spare so rounding never drops the last band to the next row)
  const fitting = (Math.max(width, 0) - pad + gap) / across - gap - pad - 0.5;
  const cardWidth = Math.min(s(SIZES.cardWidth), Math.max(s(SIZES.minCardWidth), fitting));
  const inner = Math.max(width, cardWidth + 2 * pad) - 2 * pad;
  const cardCols = Math.max(1, Math.floor((cardWidth - 2 * s(SIZES.cardPad) + s(SIZES.cellGap)) / pitch));

  const slots = new Map<string, Array<string | undefined>>();
  const slotted = (key: string, tasks: ReadonlyArray<TaskView>) => {
    const next = assignSlots(
      previousSlots.get(key),
      tasks.map((t) => t.key),
    );
    slots.set(key, next);
    return next;
  };
  for (const g of model.groups) for (const c of g.instances) slotted(c.key, c.tasks);
  const maxSlots = Math.max(
    0,
    ...model.groups.flatMap((g) => g.instances.map((c) => slots.get(c.key)!.length)),
  );
  const cardRows = Math.max(1, Math.ceil(maxSlots / cardCols));
  const cardHeight = cardGridTop(rem) + cardRows * pitch - s(SIZES.cellGap) + s(SIZES.cardPad);

  const bands: PlacedBand[] = [];
  const cards: PlacedCard[] = [];
  const lanes: PlacedLane[] = [];
  const tasks: PlacedTask[] = [];
  const placeTasks = (key: string, views: ReadonlyArray<TaskView>, x0: number, y0: number, cols: number) => {
    const byKey = new Map(views.map((v) => [v.key, v]));
    slots.get(key)!.forEach((k, i) => {
      const view = k === undefined ? undefined : byKey.get(k);
      if (view)
        tasks.push({ key: k!, view, x: x0 + (i % cols) * pitch, y: y0 + Math.floor(i / cols) * pitch });
    });
  };

  /** Lays one band (an AZ, a type…) out at (x0, y0) within `bandWidth`; returns its height. */
  const layoutBand = (
    group: ClusterMapModel['groups'][number],
    x0: number,
    y0: number,
    bandWidth: number,
  ) => {
    const bandInner = bandWidth - pad;
    const perRow = Math.max(1, Math.floor((bandInner + s(SIZES.cardGap)) / (cardWidth + s(SIZES.cardGap))));
    const laneCols = Math.max(1, Math.floor((bandInner - 2 * s(SIZES.cardPad) + s(SIZES.cellGap)) / pitch));
    let y = y0 + s(SIZES.bandHead);
    group.instances.forEach((view, i) => {
      const x = x0 + pad / 2 + (i % perRow) * (cardWidth + s(SIZES.cardGap));
      const cy = y + Math.floor(i / perRow) * (cardHeight + s(SIZES.cardGap));
      cards.push({ key: view.key, view, x, y: cy, w: cardWidth, h: cardHeight });
      placeTasks(view.key, view.tasks, x + s(SIZES.cardPad), cy + cardGridTop(rem), cardCols);
    });
    y += Math.ceil(group.instances.length / perRow) * (cardHeight + s(SIZES.cardGap));
    for (const lane of group.lanes) {
      const rows = Math.max(1, Math.ceil(slotted(lane.key, lane.tasks).length / laneCols));
      const h = s(SIZES.cardPad + SIZES.laneHead) + rows * pitch - s(SIZES.cellGap) + s(SIZES.cardPad);
      lanes.push({ key: lane.key, view: lane, x: x0 + pad / 2, y, w: bandInner, h });
      placeTasks(
        lane.key,
        lane.tasks,
        x0 + pad / 2 + s(SIZES.cardPad),
        y + s(SIZES.cardPad + SIZES.laneHead),
        laneCols,
      );
      y += h + s(SIZES.cardGap);
    }
    return y - y0;
  };

  // bands sit side by side when the width allows (three AZs in a row on a wide screen), else one under another
  const minBand = cardWidth + pad;
  const bandCols = Math.max(
    1,
    Math.min(model.groups.length, Math.floor((inner + pad + gap) / (minBand + gap))),
  );
  const bandWidth = (inner + pad - (bandCols - 1) * gap) / bandCols;
  let y = pad;
  for (let row = 0; row < model.groups.length; row += bandCols) {
    const heights = model.groups.slice(row, row + bandCols).map((group, i) => {
      const x = pad / 2 + i * (bandWidth + gap);
      return { group, x, h: layoutBand(group, x, y, bandWidth) };
    });
    const rowHeight = Math.max(...heights.map((b) => b.h));
    for (const b of heights)
      bands.push({ key: b.group.key, label: b.group.label, x: b.x, y, w: bandWidth, h: rowHeight });
    y += rowHeight + gap;
  }
  return {
    width: inner + 2 * pad,
    height: y + pad / 2,
    rem,
    cell: s(SIZES.cell),
    bands,
    cards,
    lanes,
    tasks,
    slots,
  };
}
