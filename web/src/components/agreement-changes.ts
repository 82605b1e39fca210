/** The terms of an agreement version as the portal reads them. */
export interface TermsView {
  startDate: string;
  plannedEndDate?: string | null;
  mentorName?: string | null;
  learningGoals: string;
  hoursPlan: readonly { fromWeek: number; weeklyHours: number; ordinaryHours: number }[];
  schoolPeriods?: readonly { startDate: string; endDate: string }[];
}

export type TermsPart = 'Period' | 'Mentor' | 'Plan' | 'Goals' | 'School';

const planKey = (t: TermsView) => t.hoursPlan.map((s) => `${s.fromWeek}:${s.weeklyHours}:${s.ordinaryHours}`).join('|');
const schoolKey = (t: TermsView) => (t.schoolPeriods ?? []).map((s) => `${s.startDate}:${s.endDate}`).join('|');

/** What a version changed from the one before it (in the order the history's columns show them). */
export function changedParts(version: TermsView, before: TermsView): TermsPart[] {
  const parts: TermsPart[] = [];
  if (version.startDate !== before.startDate || (version.plannedEndDate ?? null) !== (before.plannedEndDate ?? null)) {
    parts.push('Period');
  }
  if ((version.mentorName ?? '') !== (before.mentorName ?? '')) parts.push('Mentor');
  if (planKey(version) !== planKey(before)) parts.push('Plan');
  if (version.learningGoals.trim() !== before.learningGoals.trim()) parts.push('Goals');
  if (schoolKey(version) !== schoolKey(before)) parts.push('School');
  return parts;
}
