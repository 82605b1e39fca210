import { describe, expect, it } from 'vitest';
import { compareCandidateWithOpening } from './comparison.js';
import { type CandidateForScoring, type OpeningForScoring, scoreMatch } from './scoring.js';

const person: CandidateForScoring = {
  id: 'c1',
  location: { lat: 55.4, lng: 10.39 },
  danishLevel: 'A2',
  availableWeeklyHours: 20,
  goalWeeklyHours: 37,
  currentOrdinaryHours: 0,
  industriesWished: ['52'],
  maxCommuteKm: 10,
  hasDrivingLicence: false,
  competences: [
    { competenceId: 'fork', name: 'Truck', level: 3, evidence: 'CERTIFIED' },
    { competenceId: 'reach', name: 'Reachtruck', level: 1, evidence: 'SELF_REPORTED' },
  ],
  iguEligible: false,
  iguIneligibleReason: null,
  readiness: 'JOB_READY',
  activationRuleApplies: true,
  hasActivePlacement: false,
  weeksSinceLastPlacement: 2,
  pastPlacements: [],
};

const task: OpeningForScoring = {
  kind: 'TASK',
  id: 't1',
  companyId: 'co',
  companyName: 'Lager ApS',
  industryCode: '52',
  location: { lat: 55.4, lng: 10.39 },
  requiredCompetences: [
    { competenceId: 'fork', name: 'Truck', minLevel: 3 },
    { competenceId: 'reach', name: 'Reachtruck', minLevel: 2 },
    { competenceId: 'pick', name: 'Plukning', minLevel: 1 },
  ],
  niceToHaveCompetences: [],
  danishLevel: 'B1',
  weeklyHours: 20,
  ordinaryHoursInSight: false,
  expectedOrdinaryHours: null,
  requiresDrivingLicence: true,
};

const statuses = (rows: { key: string; label: string; status: string }[]) =>
  rows.map((r) => `${r.key}:${r.key === 'COMPETENCE' ? `${r.label}:` : ''}${r.status}`);

describe('compareCandidateWithOpening', () => {
  it('lays each requirement out as met or not, in the scorer’s terms', () => {
    const { requirements, match } = compareCandidateWithOpening(person, task);
    expect(statuses(requirements)).toEqual([
      'COMPETENCE:Truck:MET',
      'COMPETENCE:Reachtruck:NOT_MET',
      'COMPETENCE:Plukning:NOT_MET',
      'DANISH:NOT_MET',
      'HOURS:MET',
      'COMMUTE:MET',
      'DRIVING_LICENCE:NOT_MET',
    ]);
    expect(requirements.find((r) => r.label === 'Plukning')).toMatchObject({ needs: 'niveau 1', has: 'Mangler' });
    expect(requirements.find((r) => r.key === 'DANISH')).toMatchObject({ needs: 'B1', has: 'A2' });
    expect(requirements.find((r) => r.key === 'COMMUTE')?.has).toBe('ca. 0 km');
    // Score, factors and exclusion are the scorer's own, not a second opinion.
    expect(match).toEqual(scoreMatch(person, task));
  });

  it('says UNKNOWN when a place or the hours are missing, and adds IGU for an IGU slot', () => {
    const slot: OpeningForScoring = {
      ...task,
      kind: 'IGU_SLOT',
      location: null,
      weeklyHours: 0,
      danishLevel: 'NONE',
      requiresDrivingLicence: false,
    };
    const { requirements } = compareCandidateWithOpening({ ...person, availableWeeklyHours: 37.5 }, slot, 'en');
    const by = (k: string) => requirements.find((r) => r.key === k);
    expect(by('COMMUTE')).toMatchObject({ status: 'UNKNOWN', has: 'Unknown' });
    expect(by('HOURS')).toMatchObject({ status: 'UNKNOWN', needs: 'Not stated', has: '37.5 h/week free' });
    expect(by('DANISH')).toMatchObject({ status: 'MET', needs: 'No requirement' });
    expect(by('IGU')).toMatchObject({ status: 'NOT_MET', label: 'Eligible for IGU', has: 'No' });
    expect(by('DRIVING_LICENCE')).toBeUndefined();
  });

  it('does not count a required competence the placement teaches as missing, as the scorer does not', () => {
    const { requirements } = compareCandidateWithOpening(person, { ...task, learningGoalCompetenceIds: ['pick'] });
    expect(requirements.find((r) => r.label === 'Plukning')).toMatchObject({
      status: 'MET',
      has: 'Læres i forløbet (læringsmål)',
    });
    // Held below the level it is still not met, learning goal or not.
    const below = compareCandidateWithOpening(person, { ...task, learningGoalCompetenceIds: ['reach'] });
    expect(below.requirements.find((r) => r.label === 'Reachtruck')?.status).toBe('NOT_MET');
  });

  it('counts free hours below the opening’s hours and a commute beyond the limit as not met', () => {
    const far = { ...task, location: { lat: 56.16, lng: 10.2 } }; // Aarhus, ~85 km from Odense
    const { requirements } = compareCandidateWithOpening({ ...person, availableWeeklyHours: 12 }, far);
    expect(requirements.find((r) => r.key === 'HOURS')).toMatchObject({ status: 'NOT_MET', has: '12 t/uge ledige' });
    expect(requirements.find((r) => r.key === 'COMMUTE')?.status).toBe('NOT_MET');
  });

  it('reads the free hours left after placements and proposals, not the hours the person said they can work', () => {
    const placed = compareCandidateWithOpening({ ...person, availableWeeklyHours: 37, freeWeeklyHours: 8 }, task);
    expect(placed.requirements.find((r) => r.key === 'HOURS')).toMatchObject({
      status: 'NOT_MET',
      has: '8 t/uge ledige',
    });
    const free = compareCandidateWithOpening({ ...person, availableWeeklyHours: 37, freeWeeklyHours: 30 }, task);
    expect(free.requirements.find((r) => r.key === 'HOURS')).toMatchObject({ status: 'MET', has: '30 t/uge ledige' });
    // Room in the week is not more than the person said they can work.
    const said = compareCandidateWithOpening({ ...person, availableWeeklyHours: 15, freeWeeklyHours: 37 }, task);
    expect(said.requirements.find((r) => r.key === 'HOURS')).toMatchObject({
      status: 'NOT_MET',
      has: '15 t/uge ledige',
    });
  });
});
