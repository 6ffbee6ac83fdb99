import { THEME } from '../shared/theme';

/**
 * The scaling chart's style sheet, inside its SVG so the chart (and its snapshot files) carry their own look.
 * Sizes are in rem so presenter mode enlarges the text; colours are the theme's variables. Series of one panel
 * differ by dash pattern and weight, so colour is never the only cue.
 */
export const SCALING_CSS = `
.sc-svg { display: block; font-family: ${THEME.font}; }
.sc-svg text { dominant-baseline: central; font-size: 0.875rem; fill: ${THEME.ink}; }
.sc-grid line { stroke: ${THEME.line}; stroke-width: 1; }
.sc-svg .sc-tick { fill: ${THEME.inkMuted}; }
.sc-svg .sc-grid .sc-tick { text-anchor: end; }
.sc-svg .sc-x .sc-tick { text-anchor: middle; }
.sc-x line { stroke: ${THEME.inkMuted}; stroke-width: 1.5; }
.sc-axis { stroke: ${THEME.inkMuted}; stroke-width: 1.5; }
.sc-svg .sc-title { font-weight: 600; font-size: 0.9375rem; }
.sc-line { fill: none; stroke: ${THEME.ink}; stroke-width: 2; stroke-linejoin: round; }
.sc-line-solid { stroke-width: 2.5; }
.sc-line-dashed { stroke-dasharray: 8 4; }
.sc-line-dotted { stroke-dasharray: 2 3; stroke-width: 2.5; }
.sc-line-dashdot { stroke-dasharray: 8 3 2 3; }
.sc-line-load, .sc-line-metric, .sc-line-running, .sc-line-instances { stroke: ${THEME.accent}; }
.sc-line-pending, .sc-line-provisioning { stroke: ${THEME.warn}; }
.sc-target line { stroke: ${THEME.bad}; stroke-width: 2; stroke-dasharray: 8 4; }
.sc-line-target { stroke: ${THEME.bad}; }
.sc-svg .sc-target text { fill: ${THEME.bad}; font-weight: 600; }
.sc-band-OK { fill: ${THEME.ok}; fill-opacity: 0.18; }
.sc-band-ALARM { fill: ${THEME.bad}; }
.sc-svg .sc-band-ALARM + text, .sc-svg .sc-band text.sc-on-ALARM { fill: ${THEME.surface}; font-weight: 700; }
.sc-svg .sc-band text { font-size: 0.75rem; }
.sc-hatch rect { fill: ${THEME.surface}; }
.sc-hatch path { stroke: ${THEME.inkMuted}; stroke-width: 1.5; }
.sc-svg .sc-alarm-label { font-size: 0.8125rem; }
.sc-now line { stroke: ${THEME.ink}; stroke-width: 2; }
.sc-svg .sc-now text { font-weight: 700; text-anchor: end; }
.sc-cursor line { stroke: ${THEME.focus}; stroke-width: 2; }
.sc-badge line { stroke: ${THEME.inkMuted}; stroke-dasharray: 2 3; }
.sc-badge rect { stroke-width: 2; }
.sc-svg .sc-badge text { font-size: 0.8rem; font-weight: 700; text-anchor: middle; fill: ${THEME.surface}; }
.sc-badge-out rect { fill: ${THEME.accent}; stroke: ${THEME.accent}; }
.sc-badge-in rect, .sc-badge-set rect { fill: ${THEME.ink}; stroke: ${THEME.ink}; }
.sc-badge-blocked rect { fill: ${THEME.bad}; stroke: ${THEME.bad}; }
.sc-tier-cluster rect { fill: ${THEME.surface}; }
.sc-svg .sc-tier-cluster text { fill: ${THEME.ink}; }
.sc-lgb { stroke-width: 2; }
.sc-lgb-out { fill: ${THEME.accent}; stroke: ${THEME.accent}; }
.sc-lgb-in, .sc-lgb-set { fill: ${THEME.ink}; stroke: ${THEME.ink}; }
.sc-lgb-blocked { fill: ${THEME.bad}; stroke: ${THEME.bad}; }
.sc-lgb-cluster { fill: ${THEME.surface}; }
.sc-svg .sc-glyph { font-size: 0.75rem; fill: ${THEME.surface}; }
.sc-svg .sc-glyph-cluster { fill: ${THEME.ink}; }
.sc-overlay { fill: transparent; cursor: crosshair; }
`;
