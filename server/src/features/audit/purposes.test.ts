import { describe, expect, it } from 'vitest';
import { runInLocale } from '../../i18n/index.js';
import {
  AuditPurpose,
  ladderCorrectionPurpose,
  purposeText,
  retentionPurpose,
  weekExceptionPurpose,
} from './purposes.js';

describe('audit purposes in the reader’s language', () => {
  it('reads the purposes the server writes in Danish and in English, free text as written', () => {
    const cases: [string | null, string | null, string | null][] = [
      [AuditPurpose.CONSENT_GIVEN, 'samtykke givet', 'consent given'],
      [AuditPurpose.CONSENT_REVOKED, 'samtykke trukket tilbage', 'consent withdrawn'],
      [AuditPurpose.ACCESS_REQUEST, 'anmodning om indsigt', 'access request'],
      [retentionPurpose(1095), 'opbevaringsreglen: inaktiv i 1.095 dage', 'retention rule: inactive for 1,095 days'],
      // Written before the prefix.
      ['inactive 30 days', 'opbevaringsreglen: inaktiv i 30 dage', 'retention rule: inactive for 30 days'],
      [
        weekExceptionPurpose('startPlacement', 40.5, '2026-11-02'),
        'en uge over fuld tid bekræftet: 40,5 t fra 2. nov. 2026',
        'a week over full time confirmed: 40.5 h from 2 Nov 2026',
      ],
      [
        'updateCandidate: 45 h from 2026-03-02',
        'en uge over fuld tid bekræftet: 45 t fra 2. mar. 2026',
        'a week over full time confirmed: 45 h from 2 Mar 2026',
      ],
      [
        ladderCorrectionPurpose('ASSESSMENT', 'SUBSIDISED'),
        'trin på progressionstrappen rettet fra Afklaring til Løntilskud/IGU',
        'step on the progression ladder corrected from Assessment to Wage subsidy/IGU',
      ],
      // A configured step the catalogue does not name: its key.
      [
        ladderCorrectionPurpose('ASSESSMENT', 'MENTOR_STEP'),
        'trin på progressionstrappen rettet fra Afklaring til MENTOR_STEP',
        'step on the progression ladder corrected from Assessment to MENTOR_STEP',
      ],
      ['anmodning fra personen', 'anmodning fra personen', 'anmodning fra personen'],
      [null, null, null],
    ];
    for (const [stored, da, en] of cases) {
      expect(runInLocale('da', () => purposeText(stored))).toBe(da);
      expect(runInLocale('en', () => purposeText(stored))).toBe(en);
    }
  });
});
