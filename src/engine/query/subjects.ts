import { SUBJECT_NAMES, type QueryOperator, type SubjectName } from './ast';
import { parseCountLiteral, parseQueryDate, parseVersionLiteral } from './literals';

/**
 * What each subject accepts (ecs-reference §4.2): its operators and the form of its literal values.
 * `task:group` operators are not documented; we allow the string-style set.
 */
export interface SubjectSpec {
  readonly operators: readonly QueryOperator[];
  /** a few operators to suggest when one is missing */
  readonly suggestion: string;
  /** the form its literals must take when compared with ==, <, in, … (patterns excepted) */
  readonly literal?: { readonly expected: string; readonly accepts: (value: string) => boolean };
}

const ORDERED: readonly QueryOperator[] = ['==', '!=', '>', '>=', '<', '<='];
const TEXTUAL: readonly QueryOperator[] = ['==', '!=', 'in', 'not_in', '=~', '!~'];

export const SUBJECTS: Readonly<Record<SubjectName, SubjectSpec>> = {
  attribute: {
    operators: ['==', '!=', '>', '>=', '<', '<=', 'exists', '!exists', 'in', 'not_in', '=~', '!~'],
    suggestion: '==, in or =~',
  },
  ec2InstanceId: { operators: TEXTUAL, suggestion: '==, in or =~' },
  agentConnected: {
    operators: TEXTUAL,
    suggestion: '== or !=',
    literal: { expected: 'true or false', accepts: (v) => /^(?:true|false)$/i.test(v) },
  },
  agentVersion: {
    operators: ORDERED,
    suggestion: '==, < or >=',
    literal: {
      expected: 'a version made of numbers and dots, such as 1.14.5',
      accepts: (v) => parseVersionLiteral(v) !== undefined,
    },
  },
  registeredAt: {
    operators: ORDERED,
    suggestion: '<, > or ==',
    literal: {
      expected:
        'a date written 2018-06-18, 2018-06-18T22:28:28, 2018-06-18T22:28:28Z or 2018-06-18T22:28:28+00:00',
      accepts: (v) => parseQueryDate(v) !== undefined,
    },
  },
  runningTasksCount: {
    operators: ORDERED,
    suggestion: '==, > or <=',
    literal: { expected: 'a whole number such as 2', accepts: (v) => parseCountLiteral(v) !== undefined },
  },
  'task:group': { operators: TEXTUAL, suggestion: '==, != or in' },
};

type NamedSubject = Exclude<SubjectName, 'attribute'>;

const NAMED_SUBJECTS: ReadonlyMap<string, NamedSubject> = new Map(
  SUBJECT_NAMES.filter((name): name is NamedSubject => name !== 'attribute').map((name) => [
    name.toLowerCase(),
    name,
  ]),
);

/** Finds the subject a word names (case-insensitive); `attribute:` is a prefix handled by the caller. */
export function namedSubject(word: string): NamedSubject | undefined {
  return NAMED_SUBJECTS.get(word.toLowerCase());
}

export const ATTRIBUTE_PREFIX = 'attribute:';

const ATTRIBUTE_NAME = /^[A-Za-z0-9_\-/\\.]{1,128}$/;

/** Checks an attribute name against the ECS rule (1–128 letters, digits, `-_/\.`); returns the problem (no full stop). */
export function attributeNameProblem(name: string): string | undefined {
  if (name === '') return `'attribute:' needs a name after the colon, such as attribute:ecs.instance-type`;
  if (name.length > 128)
    return `The attribute name is ${name.length} characters long; names have at most 128`;
  if (!ATTRIBUTE_NAME.test(name)) {
    return `The attribute name '${name}' may only use letters, digits and the characters - _ / \\ .`;
  }
  return undefined;
}

/** The list of subjects, for messages. */
export const SUBJECT_LIST =
  'attribute:<name>, ec2InstanceId, agentConnected, agentVersion, registeredAt, runningTasksCount or task:group';
