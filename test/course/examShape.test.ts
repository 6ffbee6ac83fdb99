import { describe, expect, it } from 'vitest';
import { isExamShaped, requirementCue, sentences } from '../../src/course/examShape';

const shaped = (prompt: string) => isExamShaped({ prompt });

describe('the exams’ item shape', () => {
  it('accepts a scenario with a MOST/LEAST requirement', () => {
    expect(
      shaped(
        'A nightly report job runs for 10 minutes and exits. Which solution is the MOST cost-effective and ' +
          'needs the LEAST operational overhead?',
      ),
    ).toBe(true);
    expect(shaped('Secrets live in plaintext in the task definition. Which change is MOST secure?')).toBe(
      true,
    );
    expect(shaped('A team must fix a stalled rollout. Which action needs the FEWEST changes?')).toBe(true);
  });

  it('accepts a scenario asking for TWO or THREE answers', () => {
    expect(shaped('A team runs an agent on every instance. Which TWO statements are true?')).toBe(true);
    expect(shaped('A team moves to Fargate. Which THREE needs can Fargate NOT meet?')).toBe(true);
  });

  it('rejects a one-sentence prompt even with a cue', () => {
    expect(shaped('Which Fargate size is the MOST cost-effective for 3 GB?')).toBe(false);
    expect(shaped('Which TWO statements about a cluster are true?')).toBe(false);
  });

  it('rejects a scenario without a requirement in capitals', () => {
    expect(shaped('A task has two containers. What is the state a minute later?')).toBe(false);
    expect(shaped('A team wants the most cost-effective size. Which one fits?')).toBe(false);
    expect(shaped('A team wants two copies. Which two statements are true?')).toBe(false);
  });

  it('does not end a sentence inside a version number or an abbreviation', () => {
    expect(sentences('A Fargate task on platform version 1.4.0 needs 60 GiB. What do you do?')).toHaveLength(
      2,
    );
    expect(sentences('Use a sidecar, e.g. Fluent Bit, for logs. Which is MOST direct?')).toHaveLength(2);
    expect(shaped('Traffic on platform version 1.4.0 is MOST important?')).toBe(false);
  });

  it('names the cue it found', () => {
    expect(requirementCue('Which solution has the LEAST operational overhead?')).toBe('LEAST operational');
    expect(requirementCue('Which TWO actions fix it?')).toBe('TWO');
    expect(requirementCue('Which actions fix it?')).toBeUndefined();
  });
});
