import type {
  ActivityKind,
  AdviserCandidateQuery,
  CandidateStatus,
  DanishLevel,
  Readiness,
  RecognitionStatus,
  ResidenceCategory,
  TargetGroup,
} from '../../gql/graphql.js';
import type { CompetenceValue } from './CompetencesEditor.js';

// The candidate form's values: the choices it offers, empty, from a loaded person, and as the API takes them.

export const TARGET_GROUPS: TargetGroup[] = [
  'INTEGRATION_PROGRAMME',
  'TRANSITION_BENEFIT',
  'CASH_BENEFIT',
  'UKRAINIAN_SPECIAL_ACT',
  'OTHER',
];
export const READINESS: Readiness[] = ['JOB_READY', 'ACTIVITY_READY', 'EDUCATION_READY'];
export const RESIDENCE: ResidenceCategory[] = ['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER'];
export const DANISH: DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const RECOGNITION: RecognitionStatus[] = ['NOT_APPLIED', 'PENDING', 'RECOGNISED', 'PARTLY_RECOGNISED'];
export const ACTIVITIES: ActivityKind[] = ['DANISH_CLASS', 'EDUCATION', 'OTHER'];
export const STATUSES: CandidateStatus[] = ['ACTIVE', 'INACTIVE'];

interface EducationRow {
  key: string;
  title: string;
  years: number | string;
  recognitionStatus: RecognitionStatus;
}
interface ActivityRow {
  key: string;
  kind: ActivityKind;
  label: string;
  weeklyHours: number | string;
}

export interface CandidateValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  postcode: string;
  externalId: string;
  residenceCategory: ResidenceCategory;
  arrivalDate: string;
  targetGroup: TargetGroup;
  readiness: Readiness;
  enrolledOn: string;
  status: CandidateStatus;
  danishLevel: DanishLevel;
  danishModule: string;
  languages: string[];
  availableWeeklyHours: number | string;
  goalWeeklyHours: number | string;
  currentOrdinaryHours: number | string;
  industriesWished: string[];
  hasDrivingLicence: boolean;
  maxCommuteKm: number | string;
  education: string;
  summary: string;
  accommodationNeeds: string;
  consentToShare: boolean;
  foreignEducations: EducationRow[];
  weeklyActivities: ActivityRow[];
  competences: CompetenceValue[];
}

type Loaded = NonNullable<AdviserCandidateQuery['candidate']>;

export const EMPTY: CandidateValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  postcode: '',
  externalId: '',
  residenceCategory: 'REFUGEE',
  arrivalDate: '',
  targetGroup: 'INTEGRATION_PROGRAMME',
  readiness: 'JOB_READY',
  enrolledOn: '',
  status: 'ACTIVE',
  danishLevel: 'NONE',
  danishModule: '',
  languages: [],
  availableWeeklyHours: 37,
  goalWeeklyHours: '',
  currentOrdinaryHours: 0,
  industriesWished: [],
  hasDrivingLicence: false,
  maxCommuteKm: 20,
  education: '',
  summary: '',
  accommodationNeeds: '',
  consentToShare: false,
  foreignEducations: [],
  weeklyActivities: [],
  competences: [],
};

export function valuesFrom(c: Loaded): CandidateValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName ?? '',
    birthDate: c.birthDate ?? '',
    postcode: c.postcode,
    externalId: c.externalId ?? '',
    residenceCategory: c.residenceCategory ?? 'OTHER',
    arrivalDate: c.arrivalDate ?? '',
    targetGroup: c.targetGroup,
    readiness: c.readiness,
    enrolledOn: c.enrolledOn,
    status: c.status === 'ANONYMISED' ? 'INACTIVE' : c.status,
    danishLevel: c.danishLevel,
    danishModule: c.danishModule ?? '',
    languages: c.languages,
    availableWeeklyHours: c.availableWeeklyHours,
    goalWeeklyHours: c.individualGoalWeeklyHours ?? '',
    currentOrdinaryHours: c.currentOrdinaryHours,
    industriesWished: c.industriesWished,
    hasDrivingLicence: c.hasDrivingLicence,
    maxCommuteKm: c.maxCommuteKm,
    education: c.education,
    summary: c.summary,
    accommodationNeeds: c.accommodationNeeds ?? '',
    consentToShare: c.consentToShare,
    foreignEducations: c.foreignEducations.map((e) => ({
      key: e.id,
      title: e.title,
      years: e.years ?? '',
      recognitionStatus: e.recognitionStatus,
    })),
    weeklyActivities: c.weeklyActivities.map((a) => ({
      key: a.id,
      kind: a.kind,
      label: a.label,
      weeklyHours: a.weeklyHours,
    })),
    competences: c.competences.map((cc) => ({
      competenceId: cc.competence.id,
      name: cc.competence.name,
      level: cc.level,
      evidence: cc.evidence,
    })),
  };
}

const numOr = (v: number | string, fallback: number) => {
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return v === '' || !Number.isFinite(n) ? fallback : n;
};

/** The fields the API takes, from the form (the same shape for create and update). */
export function inputFrom(v: CandidateValues) {
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    birthDate: v.birthDate,
    postcode: v.postcode.trim(),
    externalId: v.externalId.trim() || null,
    residenceCategory: v.residenceCategory,
    arrivalDate: v.arrivalDate || null,
    targetGroup: v.targetGroup,
    readiness: v.readiness,
    danishLevel: v.danishLevel,
    danishModule: v.danishModule.trim() || null,
    languages: v.languages,
    availableWeeklyHours: numOr(v.availableWeeklyHours, 0),
    // Empty: no individual goal, the goal for the person's readiness applies.
    goalWeeklyHours: v.goalWeeklyHours === '' ? null : numOr(v.goalWeeklyHours, 37),
    currentOrdinaryHours: numOr(v.currentOrdinaryHours, 0),
    industriesWished: v.industriesWished,
    hasDrivingLicence: v.hasDrivingLicence,
    maxCommuteKm: Math.round(numOr(v.maxCommuteKm, 0)),
    education: v.education,
    summary: v.summary,
    accommodationNeeds: v.accommodationNeeds.trim() || null,
    consentToShare: v.consentToShare,
    foreignEducations: v.foreignEducations.map((e) => ({
      title: e.title.trim(),
      years: e.years === '' ? null : Math.round(numOr(e.years, 0)),
      recognitionStatus: e.recognitionStatus,
    })),
    weeklyActivities: v.weeklyActivities.map((a) => ({
      kind: a.kind,
      label: a.label.trim(),
      weeklyHours: numOr(a.weeklyHours, 0),
    })),
    ...(v.enrolledOn ? { enrolledOn: v.enrolledOn } : {}),
  };
}

/** The server names a field ("foreignEducations.title"); nested list errors stand under their list. */
export function formPath(field: string): string {
  const m = /^(foreignEducations|weeklyActivities|competences)(\.\d+)?\./.exec(field);
  if (m && !m[2]) return m[1]!;
  return field;
}
