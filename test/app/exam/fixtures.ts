import type { ExamCode, Lesson, QuizItem } from '../../../src/course/types';
import type { ExamTask } from '../../../src/course/examTasks';

/** A single-answer item whose right option is `right`; `wrong` is the other option. */
export function anItem(
  id: string,
  tags: { concepts?: string[]; exams?: ExamCode[]; tasks?: ExamTask[] } = {},
): QuizItem & { kind: 'single' } {
  return {
    id,
    kind: 'single',
    prompt: `Question ${id}?`,
    options: [
      { id: 'right', text: `Right answer to ${id}`, explanation: `Why ${id} is right.` },
      { id: 'wrong', text: `Wrong answer to ${id}`, explanation: `Why ${id} is wrong.` },
    ],
    correct: ['right'],
    tags: {
      concepts: tags.concepts ?? ['cluster'],
      exams: tags.exams ?? ['SAA-C03'],
      tasks: tags.tasks ?? ['SAA-2.1'],
    },
  };
}

/** A lesson holding only what exam prep reads: slug, order, title and quiz. */
export function aLesson(slug: string, quiz: ReadonlyArray<QuizItem>): Lesson {
  return {
    slug,
    order: Number(slug.slice(0, 2)),
    meta: {
      title: `Lesson ${slug}`,
      concepts: [],
      minutes: 10,
      mode: 'guided',
      module: 'A · Foundations',
      exams: [],
      objectives: [],
    },
    body: '',
    text: { intro: { html: '', demos: [], problems: [] }, explain: { html: '', demos: [], problems: [] } },
    scenario: { seed: 1, build: () => undefined, controls: [] },
    goals: [],
    solution: [],
    alternatives: [],
    quiz,
  };
}

/** Three lessons: 01 with three SAA items, 02 with two DVA items, 03 with one item on both exams. */
export const sampleLessons = (): Lesson[] => [
  aLesson('02-two', [
    anItem('a', { concepts: ['Fargate'], exams: ['DVA-C02'] }),
    anItem('b', { concepts: ['fargate ', 'awsvpc'], exams: ['DVA-C02'] }),
  ]),
  aLesson('01-one', [
    anItem('a', { concepts: ['cluster'] }),
    anItem('b', { concepts: ['cluster', 'task'] }),
    anItem('c', { concepts: ['task'] }),
  ]),
  aLesson('03-three', [anItem('a', { concepts: ['binpack'], exams: ['SAA-C03', 'DOP-C02'] })]),
];

/** A key-value store backed by a Map, like localStorage. */
export function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}
