import { describe, expect, it } from 'vitest';
import { changedParts, type TermsView } from './agreement-changes.js';

const v1: TermsView = {
  startDate: '2026-03-02',
  plannedEndDate: '2026-03-29',
  mentorName: 'Jens Hansen',
  learningGoals: 'Plukke ordrer',
  hoursPlan: [{ fromWeek: 1, weeklyHours: 12, ordinaryHours: 0 }],
  schoolPeriods: [],
};

describe('changedParts', () => {
  it('finds nothing between equal terms (whitespace around the goals does not count)', () => {
    expect(changedParts({ ...v1, learningGoals: ' Plukke ordrer ' }, v1)).toEqual([]);
  });

  it('names each part that changed, in the order of the history columns', () => {
    const v2: TermsView = {
      ...v1,
      plannedEndDate: '2026-04-26',
      mentorName: 'Mette Holm',
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 12, ordinaryHours: 0 },
        { fromWeek: 3, weeklyHours: 20, ordinaryHours: 4 },
      ],
    };
    expect(changedParts(v2, v1)).toEqual(['Period', 'Mentor', 'Plan']);
    expect(changedParts({ ...v1, learningGoals: 'Også varemodtagelse' }, v1)).toEqual(['Goals']);
  });

  it('sees a changed number inside a plan step and a removed mentor', () => {
    expect(changedParts({ ...v1, hoursPlan: [{ fromWeek: 1, weeklyHours: 12, ordinaryHours: 2 }] }, v1)).toEqual([
      'Plan',
    ]);
    expect(changedParts({ ...v1, mentorName: null }, v1)).toEqual(['Mentor']);
  });
});
