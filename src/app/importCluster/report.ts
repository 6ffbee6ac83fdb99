/**
 * The import report: for each thing in the pasted account, whether the sandbox has it as it was ("kept"), has it
 * changed to fit the sandbox ("mapped", e.g. an instance type the sandbox does not offer, another region's AZs),
 * or does not have it ("left out", e.g. a load balancer the pastes do not describe), and why.
 */

export type Outcome = 'kept' | 'mapped' | 'left out';

export interface ReportLine {
  readonly outcome: Outcome;
  /** what it is about: "service web", "container instance i-0abc…", "task definition web:12" */
  readonly subject: string;
  readonly detail: string;
}

export class Report {
  readonly lines: ReportLine[] = [];
  /** a line said once, however many things it is about (a region, an image used by many containers) */
  readonly #said = new Set<string>();

  kept(subject: string, detail: string): void {
    this.lines.push({ outcome: 'kept', subject, detail });
  }

  mapped(subject: string, detail: string): void {
    this.once({ outcome: 'mapped', subject, detail });
  }

  leftOut(subject: string, detail: string): void {
    this.once({ outcome: 'left out', subject, detail });
  }

  private once(line: ReportLine): void {
    const key = `${line.outcome}|${line.subject}|${line.detail}`;
    if (this.#said.has(key)) return;
    this.#said.add(key);
    this.lines.push(line);
  }
}
