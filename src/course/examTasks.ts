import type { ExamCode } from './types';

/** One exam domain: its number within the exam and its name. */
export interface ExamDomain {
  readonly exam: ExamCode;
  readonly domain: number;
  readonly name: string;
}

/** The content domains of each exam, in exam-guide order (curriculum §1.5 gives their weights). */
export const EXAM_DOMAINS: ReadonlyArray<ExamDomain> = [
  { exam: 'SAA-C03', domain: 1, name: 'Design Secure Architectures' },
  { exam: 'SAA-C03', domain: 2, name: 'Design Resilient Architectures' },
  { exam: 'SAA-C03', domain: 3, name: 'Design High-Performing Architectures' },
  { exam: 'SAA-C03', domain: 4, name: 'Design Cost-Optimized Architectures' },
  { exam: 'DVA-C02', domain: 1, name: 'Development with AWS Services' },
  { exam: 'DVA-C02', domain: 2, name: 'Security' },
  { exam: 'DVA-C02', domain: 3, name: 'Deployment' },
  { exam: 'DVA-C02', domain: 4, name: 'Troubleshooting and Optimization' },
  {
    exam: 'SOA-C03',
    domain: 1,
    name: 'Monitoring, Logging, Analysis, Remediation, and Performance Optimization',
  },
  { exam: 'SOA-C03', domain: 2, name: 'Reliability and Business Continuity' },
  { exam: 'SOA-C03', domain: 3, name: 'Deployment, Provisioning, and Automation' },
  { exam: 'SOA-C03', domain: 4, name: 'Security and Compliance' },
  { exam: 'SOA-C03', domain: 5, name: 'Networking and Content Delivery' },
  { exam: 'DOP-C02', domain: 1, name: 'SDLC Automation' },
  { exam: 'DOP-C02', domain: 2, name: 'Configuration Management and IaC' },
  { exam: 'DOP-C02', domain: 3, name: 'Resilient Cloud Solutions' },
  { exam: 'DOP-C02', domain: 4, name: 'Monitoring and Logging' },
  { exam: 'DOP-C02', domain: 5, name: 'Incident and Event Response' },
  { exam: 'DOP-C02', domain: 6, name: 'Security and Compliance' },
];

/** The prefix a task id starts with, per exam (curriculum §1.5: `SAA-2.1` is SAA-C03 task statement 2.1). */
const PREFIX: Readonly<Record<ExamCode, string>> = {
  'SAA-C03': 'SAA',
  'DVA-C02': 'DVA',
  'SOA-C03': 'SOA',
  'DOP-C02': 'DOP',
};

/** The task statements that touch containers (curriculum §1.5); a quiz item or lesson may name only these. */
export const EXAM_TASKS = [
  'SAA-1.2',
  'SAA-2.1',
  'SAA-2.2',
  'SAA-3.1',
  'SAA-3.2',
  'SAA-4.2',
  'DVA-1.1',
  'DVA-2.1',
  'DVA-2.3',
  'DVA-3.1',
  'DVA-3.3',
  'DVA-3.4',
  'DVA-4.1',
  'DVA-4.2',
  'DVA-4.3',
  'SOA-1.1',
  'SOA-1.2',
  'SOA-1.3',
  'SOA-2.1',
  'SOA-2.2',
  'SOA-3.1',
  'SOA-4.2',
  'SOA-5.3',
  'DOP-1.1',
  'DOP-1.3',
  'DOP-1.4',
  'DOP-2.1',
  'DOP-3.1',
  'DOP-3.2',
  'DOP-4.2',
  'DOP-4.3',
  'DOP-5.3',
  'DOP-6.1',
] as const;

/** A task statement id such as `SAA-2.2`. */
export type ExamTask = (typeof EXAM_TASKS)[number];

export const isExamTask = (id: string): id is ExamTask => (EXAM_TASKS as ReadonlyArray<string>).includes(id);

/** The exam a task id belongs to. */
export function examOfTask(task: ExamTask): ExamCode {
  const prefix = task.slice(0, 3);
  return (Object.keys(PREFIX) as ExamCode[]).find((exam) => PREFIX[exam] === prefix)!;
}

/** The domain a task id belongs to (`SAA-2.2` → SAA-C03 domain 2). */
export function domainOfTask(task: ExamTask): ExamDomain {
  const exam = examOfTask(task);
  const domain = Number(task.slice(4).split('.')[0]);
  return EXAM_DOMAINS.find((d) => d.exam === exam && d.domain === domain)!;
}
