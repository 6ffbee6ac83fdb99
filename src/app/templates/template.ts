import type { InputOf } from '../../engine/index';

/** A ready-made RegisterTaskDefinition request a learner can start from. */
export interface TaskDefinitionTemplate {
  readonly id: string;
  readonly title: string;
  /** one line: what it shows and when to pick it */
  readonly description: string;
  readonly request: InputOf<'ecs', 'RegisterTaskDefinition'>;
}

/** The request as the editor shows it: two-space indented JSON with a final newline. */
export const templateText = (template: TaskDefinitionTemplate): string =>
  `${JSON.stringify(template.request, null, 2)}\n`;
