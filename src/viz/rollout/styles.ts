import { THEME } from '../shared/theme';

/**
 * The rollout chart's style sheet, inside its SVG so the chart (and its snapshot files) carry their own look.
 * Sizes are in rem so presenter mode enlarges the text; colours are the theme's variables.
 */
export const ROLLOUT_CSS = `
.ro-svg { display: block; font-family: ${THEME.font}; }
.ro-svg text { dominant-baseline: central; font-size: 0.875rem; fill: ${THEME.ink}; }
.ro-band { fill: ${THEME.ok}; fill-opacity: 0.08; }
.ro-y line { stroke: ${THEME.line}; stroke-width: 1; }
.ro-x line { stroke: ${THEME.inkMuted}; stroke-width: 1.5; }
.ro-svg .ro-tick { fill: ${THEME.inkMuted}; }
.ro-svg .ro-y .ro-tick { text-anchor: end; }
.ro-svg .ro-x .ro-tick { text-anchor: middle; }
.ro-axis { stroke: ${THEME.inkMuted}; stroke-width: 1.5; }
.ro-area-new { fill: ${THEME.accent}; fill-opacity: 0.55; }
.ro-edge { fill: none; stroke-width: 2.5; }
.ro-edge-new { stroke: ${THEME.accent}; }
.ro-edge-old { stroke: ${THEME.ink}; }
.ro-hatch path { stroke: ${THEME.inkMuted}; stroke-width: 2; }
.ro-hatch rect { fill: ${THEME.surface}; }
.ro-total { fill: none; stroke: ${THEME.ink}; stroke-width: 1.5; stroke-dasharray: 2 3; }
.ro-bound line { stroke-width: 2.5; }
.ro-bound-upper line { stroke: ${THEME.bad}; stroke-dasharray: 8 4; }
.ro-bound-lower line { stroke: ${THEME.ok}; stroke-dasharray: 8 4; }
.ro-bound-desired line { stroke: ${THEME.inkMuted}; stroke-dasharray: 2 4; stroke-width: 1.5; }
.ro-svg .ro-bound-label { font-weight: 600; }
.ro-svg .ro-bound-upper .ro-bound-label { fill: ${THEME.bad}; }
.ro-svg .ro-bound-lower .ro-bound-label { fill: ${THEME.ok}; }
.ro-now line { stroke: ${THEME.ink}; stroke-width: 1.5; }
.ro-svg .ro-now text { font-weight: 600; text-anchor: end; }
.ro-step line { stroke: ${THEME.inkMuted}; stroke-dasharray: 2 3; }
.ro-step rect { stroke: ${THEME.surface}; stroke-width: 1.5; }
.ro-svg .ro-step text { fill: ${THEME.surface}; font-size: 0.75rem; font-weight: 700; text-anchor: middle; }
.ro-step-start rect { fill: ${THEME.accent}; }
.ro-step-stop rect, .ro-step-mixed rect { fill: ${THEME.ink}; }
.ro-step-replace rect, .ro-step-stuck rect { fill: ${THEME.warn}; }
.ro-step-fail rect, .ro-step-breaker rect { fill: ${THEME.bad}; }
.ro-svg .ro-legend text { font-size: 0.875rem; }
.ro-legend rect { stroke: ${THEME.ink}; stroke-width: 1; }
`;
