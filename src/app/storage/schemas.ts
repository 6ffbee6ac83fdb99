/**
 * JSON Schemas of everything ECS Sandbox keeps in browser storage, one per record kind, as plain data. They
 * describe the current version of each record; older versions are migrated before validation
 * (`records.ts`). The build-time validator generator compiles these same objects (see `validate.ts`).
 *
 * Rules JSON Schema cannot state (an index within a list's length) are checked after validation, in
 * `records.ts`.
 */

import { EXAM_CODES } from '../exam/bank';

const text = { type: 'string' } as const;
const textList = { type: 'array', items: text } as const;
const flag = { type: 'boolean' } as const;
const whole = { type: 'integer' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const number = { type: 'number' } as const;
const version = (v: number) => ({ type: 'integer', const: v }) as const;

/** One lesson's record in the progress (see `LessonProgress` in progress.ts). */
const lessonProgress = {
  type: 'object',
  required: ['goalsMet', 'completed', 'solutionViewed', 'hints', 'quiz'],
  properties: {
    goalsMet: textList,
    completed: flag,
    solutionViewed: flag,
    prediction: {
      type: 'object',
      required: ['choice'],
      properties: { choice: text, correct: flag },
    },
    hints: { type: 'object', additionalProperties: number },
    quiz: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['answer', 'correct'],
        properties: { answer: textList, correct: flag },
      },
    },
  },
} as const;

/** `ecs-sandbox:progress`: lesson progress (also the export/import file). */
export const progressSchema = {
  type: 'object',
  required: ['version', 'lessons'],
  properties: {
    version: version(1),
    lessons: { type: 'object', additionalProperties: lessonProgress },
    lastLesson: text,
  },
} as const;

/** `ecs-sandbox:sandbox`: the sandbox's snapshot (scenario, the learner's calls, the clock), rebuilt by replay. */
export const sandboxSchema = {
  type: 'object',
  required: ['version', 'scenarioId', 'seed', 'calls', 'applied', 'time', 'horizon'],
  properties: {
    version: version(1),
    scenarioId: text,
    seed: number,
    calls: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'service', 'operation', 'input'],
        properties: { at: { type: 'number', minimum: 0 }, service: text, operation: text, input: {} },
      },
    },
    applied: count,
    time: number,
    horizon: number,
  },
} as const;

/** `ecs-sandbox:review`: the spaced-review schedule (also its export/import file). */
export const reviewSchema = {
  type: 'object',
  required: ['version', 'items'],
  properties: {
    version: version(1),
    items: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['step', 'due', 'lastDay', 'lapses', 'correctDays', 'priority'],
        properties: {
          step: whole,
          due: whole,
          lastDay: whole,
          lapses: whole,
          correctDays: { type: 'array', maxItems: 2, items: whole },
          priority: flag,
        },
      },
    },
    examDay: whole,
  },
} as const;

/** `ecs-sandbox:running-exam`: the practice exam in progress, if any. */
export const runningExamSchema = {
  type: 'object',
  required: ['version'],
  properties: {
    version: version(1),
    running: {
      type: 'object',
      required: ['itemKeys', 'seed', 'answers', 'flagged', 'index', 'usedMs', 'paused'],
      properties: {
        exam: { type: 'string', enum: [...EXAM_CODES] },
        itemKeys: { type: 'array', minItems: 1, items: text },
        timeLimitSeconds: { type: 'integer', minimum: 1 },
        seed: number,
        answers: { type: 'object', additionalProperties: textList },
        flagged: textList,
        index: count,
        usedMs: { type: 'number', minimum: 0 },
        paused: flag,
      },
    },
  },
} as const;

/**
 * `ecs-sandbox:drafts:v1`: editor drafts. The envelope only: each draft is validated on its own with
 * `draftSchema`, so one damaged draft does not cost the others.
 */
export const draftsSchema = {
  type: 'object',
  required: ['version', 'drafts'],
  properties: { version: version(1), drafts: { type: 'object' } },
} as const;

/** One editor draft inside `draftsSchema`'s `drafts`. */
export const draftSchema = {
  type: 'object',
  required: ['text', 'savedAt'],
  properties: { text, savedAt: number },
} as const;

/** The learner's theme picks, as stored: `system` follows the system's settings (src/app/themePreference.ts). */
export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;

/** `ecs-sandbox:theme`: the theme the learner picked. */
export const themeSchema = {
  type: 'object',
  required: ['version', 'theme'],
  properties: { version: version(1), theme: { type: 'string', enum: [...THEME_CHOICES] } },
} as const;

/** Every schema by name: what the build-time validator generator compiles. */
export const STORAGE_SCHEMAS = {
  progress: progressSchema,
  sandbox: sandboxSchema,
  review: reviewSchema,
  runningExam: runningExamSchema,
  drafts: draftsSchema,
  draft: draftSchema,
  theme: themeSchema,
} as const;

export type StorageSchemaName = keyof typeof STORAGE_SCHEMAS;
