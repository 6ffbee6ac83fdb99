import { THEME } from '../shared/theme';

/**
 * The map's style sheet, placed inside its SVG so the chart (and its snapshot files) carry their own look.
 * Sizes are in rem so presenter mode enlarges the text; colours are the theme's variables.
 */
export const CLUSTER_MAP_CSS = `
.cm-svg { display: block; font-family: ${THEME.font}; }
.cm-svg text { dominant-baseline: central; font-size: 0.8rem; fill: ${THEME.ink}; }
.cm-band-frame { fill: none; stroke: ${THEME.line}; }
.cm-svg .cm-band-label { font-size: 1rem; font-weight: 700; }
.cm-card-frame { fill: ${THEME.surface}; stroke: ${THEME.line}; stroke-width: 1.5; }
.cm-booting .cm-card-frame, .cm-waiting .cm-card-frame, .cm-agent-error .cm-card-frame,
.cm-no-agent .cm-card-frame, .cm-registering .cm-card-frame { stroke-dasharray: 6 4; stroke: ${THEME.inkMuted}; }
.cm-highlighted .cm-card-frame { stroke: ${THEME.accent}; stroke-width: 4; stroke-dasharray: none; }
.cm-svg .cm-title { font-size: 0.875rem; font-weight: 600; }
.cm-match { display: none; }
.cm-highlighted .cm-match { display: inline; }
.cm-match rect { fill: ${THEME.accent}; }
.cm-svg .cm-match text { fill: ${THEME.surface}; font-weight: 700; text-anchor: middle; }
.cm-spot-badge rect { fill: ${THEME.ink}; }
.cm-svg .cm-spot-badge text { fill: ${THEME.surface}; font-size: 0.7rem; font-weight: 700; text-anchor: middle; }
.cm-cp-badge rect { fill: ${THEME.surface}; stroke: ${THEME.ink}; }
.cm-svg .cm-cp-badge text { font-size: 0.7rem; text-anchor: middle; }
.cm-svg .cm-note { fill: ${THEME.inkMuted}; font-style: italic; }
.cm-svg .cm-status { fill: ${THEME.inkMuted}; }
.cm-draining .cm-status, .cm-disconnected .cm-status, .cm-booting .cm-status, .cm-waiting .cm-status,
.cm-registering .cm-status { fill: ${THEME.warn}; }
.cm-agent-error .cm-status, .cm-no-agent .cm-status, .cm-stopped .cm-status { fill: ${THEME.bad}; }
.cm-track { fill: ${THEME.surface}; stroke: ${THEME.inkMuted}; }
.cm-used, .cm-eni-slot.cm-on { fill: ${THEME.accent}; }
.cm-eni-slot { fill: ${THEME.surface}; stroke: ${THEME.inkMuted}; }
.cm-svg .cm-value { text-anchor: end; }
.cm-lane-frame { fill: none; stroke: ${THEME.inkMuted}; stroke-dasharray: 4 3; }
.cm-svg .cm-lane-label { font-weight: 600; }
.cm-task { cursor: pointer; outline: none; }
.cm-body { stroke: ${THEME.ink}; stroke-width: 1; }
.cm-pending .cm-body { stroke-dasharray: 3 2; stroke-width: 1.5; }
.cm-stopping .cm-body { fill-opacity: 0.35; stroke-dasharray: 1 2; stroke-width: 1.5; }
.cm-svg .cm-letter { font-size: 0.7rem; font-weight: 700; text-anchor: middle; pointer-events: none; }
.cm-pending .cm-letter { paint-order: stroke; stroke: ${THEME.surface}; stroke-width: 3px; }
.cm-ring { fill: none; stroke: none; pointer-events: none; }
.cm-old { fill: ${THEME.ink}; pointer-events: none; }
.cm-health { pointer-events: none; stroke-width: 1.5; }
.cm-target-healthy { fill: ${THEME.ok}; stroke: ${THEME.surface}; }
.cm-target-initial { fill: ${THEME.surface}; stroke: ${THEME.warn}; stroke-width: 2.5; }
.cm-target-unhealthy { fill: ${THEME.bad}; stroke: ${THEME.surface}; }
.cm-target-other { fill: ${THEME.surface}; stroke: ${THEME.inkMuted}; stroke-width: 2; }
.cm-spot { pointer-events: none; }
.cm-spot rect { fill: ${THEME.surface}; stroke: ${THEME.ink}; stroke-width: 1.25; }
.cm-svg .cm-spot text { font-weight: 800; text-anchor: middle; }
.cm-selected .cm-ring { stroke: ${THEME.ink}; stroke-width: 2.5; }
.cm-task:focus-visible .cm-ring { stroke: ${THEME.focus}; stroke-width: 3.5; }
.cm-task:focus-visible .cm-body { stroke-width: 2; }
`;

/** Styles for the HTML around the SVG: legend and tooltip. */
export const CLUSTER_MAP_HTML_CSS = `
.cm-root { position: relative; color: ${THEME.ink}; font-family: ${THEME.font}; }
.cm-legend { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; font-size: 0.875rem; padding: 0.5rem 0.75rem; }
.cm-legend h3 { font-size: 0.875rem; margin: 0 0 0.25rem; }
.cm-legend ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
.cm-legend li { display: flex; align-items: center; gap: 0.5rem; }
.cm-legend svg { flex: none; overflow: visible; }
.cm-tooltip { position: absolute; z-index: 10; max-width: 24rem; padding: 0.4rem 0.6rem; font-size: 0.875rem;
  background: ${THEME.surface}; color: ${THEME.ink}; border: 1px solid ${THEME.ink}; border-radius: 4px;
  box-shadow: 0 2px 6px rgb(0 0 0 / 0.2); pointer-events: none; }
.cm-tooltip div:first-child { font-weight: 600; }
`;
