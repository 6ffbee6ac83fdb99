/**
 * What animating needs from d3: importing d3-transition installs `selection.transition` (a side effect, kept
 * because `interrupt` is used) and brings d3-timer, d3-ease and d3-dispatch with it. transition.ts loads this
 * module on the first animation a chart asks for, so none of it is on the first page.
 */
export { interrupt } from 'd3';
