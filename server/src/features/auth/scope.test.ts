import { describe, expect, it } from 'vitest';
import { CandidateStatus } from '../candidates/candidate.entity.js';
import { ProposalStatus } from '../proposals/proposal.entity.js';
import {
  type CompanyFacts,
  mayChangeCompany,
  mayChangeOpening,
  mayChangePerson,
  mayFileOpeningUnder,
  mayNamePerson,
  mayPlacement,
  mayProposeFor,
  mayReadCompany,
  mayReadOpening,
  mayReadProposal,
  mayReadProposalNote,
  mayReadShortlist,
  maySeeAccommodation,
  type PersonFacts,
  type ProposalFacts,
  personAccess,
  proposalFacts,
  type Viewer,
} from './scope.js';
import { Role } from './user.entity.js';

// The world of the table: a consultant with portfolio 52, assigned to company "assigned" (industry 10);
// company "own" (52) with its company user; company "other" (41); an adviser with one person.
const V: Record<'admin' | 'consultant' | 'adviser' | 'company', Viewer> = {
  admin: { id: 'u-admin', role: Role.ADMIN, companyId: null, portfolio: [] },
  consultant: { id: 'u-cons', role: Role.CONSULTANT, companyId: null, portfolio: ['52'] },
  adviser: { id: 'u-adv', role: Role.ADVISER, companyId: null, portfolio: [] },
  company: { id: 'u-co', role: Role.COMPANY, companyId: 'c-own', portfolio: [] },
};
const C: Record<'portfolio' | 'assigned' | 'other' | 'otherInPortfolioIndustryOpening', CompanyFacts> = {
  portfolio: { id: 'c-own', industryCode: '52', consultantId: null },
  assigned: { id: 'c-assigned', industryCode: '10', consultantId: 'u-cons' },
  other: { id: 'c-other', industryCode: '41', consultantId: 'u-someone' },
  // The company is outside the portfolio even if one of its openings is filed under 52.
  otherInPortfolioIndustryOpening: { id: 'c-other2', industryCode: '41', consultantId: null },
};
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  id: 'p',
  adviserId: 'u-adv',
  consentToShare: true,
  status: CandidateStatus.ACTIVE,
  ...over,
});
const P = {
  own: person(),
  ownNoConsent: person({ consentToShare: false }),
  other: person({ adviserId: 'u-adv2' }),
  otherNoConsent: person({ adviserId: 'u-adv2', consentToShare: false }),
  otherInactive: person({ adviserId: 'u-adv2', status: CandidateStatus.INACTIVE }),
};

type Who = keyof typeof V;
const WHO: Who[] = ['admin', 'consultant', 'adviser', 'company'];
/** One row: a relation and the expected answer per role, in the order admin, consultant, adviser, company. */
type Row<T> = [label: string, subject: T, expected: [boolean, boolean, boolean, boolean]];

function table<T>(name: string, rule: (v: Viewer, s: T) => boolean, rows: Row<T>[]) {
  describe(name, () => {
    for (const [label, subject, expected] of rows) {
      WHO.forEach((who, i) => {
        it(`${who} × ${label} → ${expected[i] ? 'allowed' : 'refused'}`, () => {
          expect(rule(V[who], subject)).toBe(expected[i]);
        });
      });
    }
  });
}

table('mayReadCompany', mayReadCompany, [
  ['own / portfolio company', C.portfolio, [true, true, true, true]],
  ['company the consultant is assigned to', C.assigned, [true, true, true, false]],
  ['other company', C.other, [true, false, true, false]],
]);

table('mayChangeCompany', mayChangeCompany, [
  ['own / portfolio company', C.portfolio, [true, true, false, true]],
  ['company the consultant is assigned to', C.assigned, [true, true, false, false]],
  ['other company', C.other, [true, false, false, false]],
]);

table('item 3: an opening is in scope by its company, never by its own industry', mayReadOpening, [
  ['opening at the own / portfolio company', { company: C.portfolio }, [true, true, true, true]],
  [
    'opening filed under 52 at a company of 41',
    { company: C.otherInPortfolioIndustryOpening },
    [true, false, true, false],
  ],
]);

table('mayChangeOpening', mayChangeOpening, [
  ['opening at the own / portfolio company', { company: C.portfolio }, [true, true, false, true]],
  ['opening at another company', { company: C.other }, [true, false, false, false]],
]);

describe('personAccess', () => {
  const rows: [string, PersonFacts, [string, string, string, string]][] = [
    ['own caseload, consenting', P.own, ['FULL', 'MATCHING', 'FULL', 'NONE']],
    ['own caseload, no consent', P.ownNoConsent, ['FULL', 'NONE', 'FULL', 'NONE']],
    ['other caseload, consenting', P.other, ['FULL', 'MATCHING', 'MATCHING', 'NONE']],
    ['other caseload, no consent', P.otherNoConsent, ['FULL', 'NONE', 'NONE', 'NONE']],
    ['other caseload, inactive', P.otherInactive, ['FULL', 'NONE', 'NONE', 'NONE']],
  ];
  for (const [label, p, expected] of rows)
    WHO.forEach((who, i) => {
      it(`${who} × ${label} → ${expected[i]}`, () => expect(personAccess(V[who], p)).toBe(expected[i]));
    });
});

table('mayChangePerson', mayChangePerson, [
  ['own caseload', P.own, [true, false, true, false]],
  ['other caseload', P.other, [true, false, false, false]],
]);

table('maySeeAccommodation', maySeeAccommodation, [
  ['own caseload', P.own, [false, false, true, false]],
  ['other caseload', P.other, [false, false, false, false]],
]);

table('item 5: mayNamePerson (placements, alerts, exports, follow-up notes)', mayNamePerson, [
  ['own caseload, consenting', P.own, [true, true, true, true]],
  ['own caseload, no consent', P.ownNoConsent, [true, false, true, false]],
  ['other caseload, no consent', P.otherNoConsent, [true, false, false, false]],
  ['anonymised', person({ status: CandidateStatus.ANONYMISED }), [true, false, true, false]],
]);

for (const action of ['read', 'followUp', 'manage'] as const) {
  table(
    `mayPlacement(${action})`,
    (v, pl: { company: CompanyFacts; person: PersonFacts }) => mayPlacement(v, pl, action),
    [
      [
        'own person at the own / portfolio company',
        { company: C.portfolio, person: P.own },
        [true, true, true, action !== 'manage'],
      ],
      [
        'other person at the own / portfolio company',
        { company: C.portfolio, person: P.other },
        [true, true, false, action !== 'manage'],
      ],
      ['other person at another company', { company: C.other, person: P.other }, [true, false, false, false]],
      ['own person at another company', { company: C.other, person: P.own }, [true, false, true, false]],
    ],
  );
}

const proposal = (over: Partial<ProposalFacts>): ProposalFacts => ({
  company: C.portfolio,
  person: P.own,
  status: ProposalStatus.PROPOSED,
  proposedById: 'u-admin',
  wasSent: true,
  ...over,
});

table('item 6: mayReadProposal', mayReadProposal, [
  ['PROPOSED to the own company', proposal({}), [true, true, true, true]],
  ['ACCEPTED by the own company', proposal({ status: ProposalStatus.ACCEPTED }), [true, true, true, true]],
  ['DECLINED by the own company', proposal({ status: ProposalStatus.DECLINED }), [true, true, true, true]],
  [
    'SUGGESTED, not yet sent',
    proposal({ status: ProposalStatus.SUGGESTED, wasSent: false }),
    [true, true, true, false],
  ],
  ['WITHDRAWN after it was sent', proposal({ status: ProposalStatus.WITHDRAWN }), [true, true, true, true]],
  [
    'WITHDRAWN before it was sent',
    proposal({ status: ProposalStatus.WITHDRAWN, wasSent: false }),
    [true, true, true, false],
  ],
  ['PROPOSED to another company', proposal({ company: C.other, person: P.other }), [true, false, false, false]],
  [
    'the consultant’s own proposal at a company it no longer covers',
    proposal({ company: C.other, person: P.other, proposedById: 'u-cons' }),
    [true, true, false, false],
  ],
]);

table('item 6: mayReadProposalNote', mayReadProposalNote, [
  ['PROPOSED, consenting', proposal({}), [true, true, true, true]],
  ['PROPOSED, consent revoked', proposal({ person: P.ownNoConsent }), [true, true, true, false]],
  ['DECLINED', proposal({ status: ProposalStatus.DECLINED }), [true, true, true, false]],
  ['WITHDRAWN after it was sent', proposal({ status: ProposalStatus.WITHDRAWN }), [true, true, true, false]],
]);

table(
  'mayProposeFor (shortlist, propose, send, plan)',
  (v, x: { company: CompanyFacts; person: PersonFacts }) => mayProposeFor(v, x.company, x.person),
  [
    ['own person at the portfolio company', { company: C.portfolio, person: P.own }, [true, true, true, false]],
    ['other person at the assigned company', { company: C.assigned, person: P.other }, [true, true, false, false]],
    ['own person at another company', { company: C.other, person: P.own }, [true, false, true, false]],
    [
      'item 3: own person at a 41 company whose opening is filed under 52',
      { company: C.otherInPortfolioIndustryOpening, person: P.own },
      [true, false, true, false],
    ],
  ],
);

table('mayReadShortlist (SUGGESTED entries: the job centre only)', mayReadShortlist, [
  ['the own / portfolio company', C.portfolio, [true, true, true, false]],
  ['another company', C.other, [true, false, true, false]],
]);

describe('proposalFacts.wasSent', () => {
  const facts = (status: ProposalStatus, history: ProposalStatus[]) =>
    proposalFacts(
      {
        status,
        proposedBy: null,
        history: history.map((s) => ({ status: s, at: '', byUserId: null, reason: null })),
      } as never,
      { id: 'c-own', industry: { unwrap: () => ({ code: '52' }) }, consultant: null } as never,
      { id: 'p', adviser: null, consentToShare: true, status: CandidateStatus.ACTIVE } as never,
    ).wasSent;
  it('a shortlist entry withdrawn before it was sent never reached the company', () => {
    expect(facts(ProposalStatus.WITHDRAWN, [ProposalStatus.SUGGESTED, ProposalStatus.WITHDRAWN])).toBe(false);
  });
  it('one withdrawn after it was sent did', () => {
    expect(
      facts(ProposalStatus.WITHDRAWN, [ProposalStatus.SUGGESTED, ProposalStatus.PROPOSED, ProposalStatus.WITHDRAWN]),
    ).toBe(true);
  });
});

describe("item 3: a company cannot widen a consultant's portfolio by filing its openings under another industry", () => {
  it("a company user files openings under its company's industry only (or keeps the current one)", () => {
    expect(mayFileOpeningUnder(V.company, C.portfolio, '52')).toBe(true);
    expect(mayFileOpeningUnder(V.company, C.portfolio, '49')).toBe(false);
    expect(mayFileOpeningUnder(V.company, C.portfolio, '49', '49')).toBe(true);
  });
  it('a consultant or an admin may file an opening under another industry', () => {
    expect(mayFileOpeningUnder(V.consultant, C.portfolio, '49')).toBe(true);
    expect(mayFileOpeningUnder(V.admin, C.portfolio, '49')).toBe(true);
  });
});
