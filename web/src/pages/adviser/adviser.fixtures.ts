import type { Data } from '../../test/fake-client.js';

// Test data for the adviser's pages, typed by the documents the pages ask: a field a document adds or drops
// fails the type check here instead of leaving a test on data the server never sends.

export type AdviserCandidate = NonNullable<Data<'AdviserCandidate'>['candidate']>;
export type AdviserPlacement = NonNullable<Data<'AdviserPlacement'>['placement']>;

/** A job-ready person in an internship: 17 placement hours and 8 of Danish class, 12 short of 37. */
export const candidate: AdviserCandidate = {
  id: 'c1',
  version: 3,
  firstName: 'Amina',
  lastName: 'Hassan',
  birthDate: '1995-03-10',
  age: 31,
  postcode: '5000',
  externalId: null,
  targetGroup: 'INTEGRATION_PROGRAMME',
  readiness: 'JOB_READY',
  residenceCategory: 'REFUGEE',
  arrivalDate: '2023-09-01',
  enrolledOn: '2026-09-01',
  status: 'ACTIVE',
  danishLevel: 'A2',
  danishModule: 'DU2 modul 3',
  languages: ['arabisk', 'engelsk'],
  availableWeeklyHours: 30,
  goalWeeklyHours: 37,
  individualGoalWeeklyHours: null,
  hourGoal: 37,
  freeWeeklyHours: 12,
  availableFrom: null,
  currentOrdinaryHours: 0,
  industriesWished: ['52', '56'],
  hasDrivingLicence: false,
  maxCommuteKm: 20,
  education: 'Syerske i 6 år',
  summary: 'Stærk til struktur.',
  accommodationNeeds: 'Kan ikke løfte over 10 kg',
  referenceMonthlyIncome: null,
  consentToShare: true,
  consentGivenAt: '2026-09-02T10:00:00Z',
  iguEligible: true,
  iguIneligibleReason: null,
  adviser: { id: 'u1', name: 'Rikke Rådgiver' },
  competences: [
    {
      level: 3,
      evidence: 'SELF_REPORTED',
      competence: { id: 'k1', name: 'Lagerarbejde', nameEn: 'Warehouse work', code: 'LAGER' },
    },
  ],
  foreignEducations: [{ id: 'e1', title: 'Skrædder', years: 2, recognitionStatus: 'PENDING' }],
  weeklyActivities: [{ id: 'a1', kind: 'DANISH_CLASS', label: 'Danskuddannelse', weeklyHours: 8 }],
  ladderStep: { key: 'INTERNSHIP', label: 'Virksomhedspraktik', position: 2 },
  ladderHistory: [
    {
      id: 'l1',
      date: '2026-10-05',
      event: 'PLACEMENT_STARTED',
      placementId: 'p1',
      reason: null,
      correctedBy: null,
      fromStep: { key: 'ASSESSMENT', label: 'Afklaring' },
      toStep: { key: 'INTERNSHIP', label: 'Virksomhedspraktik' },
    },
  ],
  ladderSkipped: [],
  // The signed-in adviser in tests (meFor) is not Rikke, the person's own adviser: no correction by hand.
  ladderCorrectable: false,
  plannedWeek: {
    total: 25,
    goal: 37,
    gap: 12,
    placementHours: 17,
    schoolHours: 0,
    belowGoal: true,
    peakTotal: 25,
    peakFrom: '2026-11-30',
    fullTimeHours: 37,
    overFullTime: false,
    exception: null,
    activities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse', weeklyHours: 8 }],
  },
};

export const ladderSteps: Data<'AdviserCandidate'>['ladderSteps'] = [
  { key: 'ASSESSMENT', label: 'Afklaring', position: 1 },
  { key: 'INTERNSHIP', label: 'Virksomhedspraktik', position: 2 },
  { key: 'SUBSIDISED', label: 'Løntilskud/IGU', position: 3 },
];

/** The AdviserCandidate answer for a person (by default the one above). */
export const candidateAnswer = (c: AdviserCandidate = candidate): { data: Data<'AdviserCandidate'> } => ({
  data: { candidate: c, ladderSteps },
});

/** An internship in its 5th week at Lager A/S: 10 hours from week 1, 20 (5 ordinary) from week 5. */
export const placement: AdviserPlacement = {
  id: 'p1',
  version: 1,
  type: 'INTERNSHIP',
  status: 'ACTIVE',
  startDate: '2026-10-05',
  plannedEndDate: '2026-12-27',
  endDate: null,
  outcome: null,
  outcomeNote: null,
  mentorName: 'Jens',
  learningGoals: 'Pluk og pak',
  // Both parties approved version 1; nothing waits for approval.
  agreementVersion: 1,
  awaitingApprovalFrom: null,
  agreementInForce: { number: 1 },
  pendingAgreement: null,
  schoolPeriods: [],
  weekNumber: 5,
  nextFollowUpDue: '2026-11-30',
  hoursPlan: [
    { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
    { fromWeek: 5, weeklyHours: 20, ordinaryHours: 5 },
  ],
  currentPlannedHours: { fromWeek: 5, weeklyHours: 20, ordinaryHours: 5 },
  candidateFirstName: 'Amina',
  candidate: {
    id: 'c1',
    lastName: 'Hassan',
    competences: [
      { level: 3, evidence: 'SELF_REPORTED', competence: { id: 'k1', name: 'Lagerarbejde', nameEn: 'Warehouse work' } },
    ],
  },
  company: { id: 'co1', name: 'Lager A/S' },
  task: {
    id: 't1',
    title: 'Pakning',
    requiredCompetences: [{ competence: { id: 'k2', name: 'Truckkørsel', nameEn: 'Forklift driving' } }],
  },
  iguSlot: null,
  followUps: [],
  followUpHistory: [],
  weeks: [
    {
      week: '2026-W44',
      weekStart: '2026-10-26',
      placementWeek: 4,
      plannedHours: 10,
      plannedOrdinaryHours: 0,
      attendedHours: 10,
      ordinaryHours: 0,
      overdue: false,
    },
    {
      week: '2026-W45',
      weekStart: '2026-11-02',
      placementWeek: 5,
      plannedHours: 20,
      plannedOrdinaryHours: 5,
      attendedHours: null,
      ordinaryHours: null,
      overdue: true,
    },
  ],
  conversion: null,
};

/** The AdviserPlacement answer for a placement (by default the one above). */
export const placementAnswer = (p: AdviserPlacement = placement): { data: Data<'AdviserPlacement'> } => ({
  data: { placement: p },
});
