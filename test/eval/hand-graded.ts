/**
 * Hand-graded cases for `npm run eval:matching` (beside the rule-graded labelled set): a small Odense
 * caseload where availability and capacity decide as much as skills do, with IGU slots beside tasks.
 *
 * Every grade below was written by hand, pair by pair, as a caseworker would judge the person for
 * the opening: there is no grading function. The scale:
 *   3 = propose now; 2 = good, with one reservation; 1 = possible only if something changes;
 *   0 = would not propose.
 *
 * Availability cases: placed full time (k02, k11), placed part time with room (k03, k10), a
 * placement ending next week (k04), a pending proposal (k05), an accepted proposal elsewhere (k13,
 * k14), an activity-ready person with a 25-hour goal (k12). Capacity cases: a task filled by an
 * accepted proposal (varemodtagelse), an IGU slot filled by a placement (igu-fuld), a task with two
 * openings of which a placement takes one (kontorrengoering).
 *
 * Fairness as in the labelled set: birth date, residence category and arrival are one constant for
 * everybody (all are IGU-eligible); names are numbered pseudonyms. Dates are days from the run's today.
 */
import type { DanishLevel, EvidenceKind, Grade, RequiredCompetence } from './labelled-set.js';

export interface HandOpening {
  key: string;
  kind: 'task' | 'iguSlot';
  company: 'lager' | 'kantine' | 'rent' | 'andetsteds';
  title: string;
  description: string;
  industry: string;
  postcode: string;
  required: RequiredCompetence[];
  danishLevel: DanishLevel;
  weeklyHours: number;
  openings: number;
  /**
   * graded: matched and scored against the hand grades; filled: matching must refuse it (capacity);
   * backdrop: only holds someone's placement or proposal.
   */
  role: 'graded' | 'filled' | 'backdrop';
}

export interface HandCandidate {
  key: string;
  firstName: string;
  /** The case this person stands for, in a few words. */
  case: string;
  postcode: string;
  readiness: 'JOB_READY' | 'ACTIVITY_READY';
  danishLevel: DanishLevel;
  industriesWished: string[];
  maxCommuteKm: number;
  competences: { code: string; level: 1 | 2 | 3 | 4; evidence: EvidenceKind }[];
  education: string;
  summary: string;
  /** ACTIVE placements: weekly hours, start (days ago), planned end (days ahead, null = open-ended), on which opening. */
  placements: { hours: number; startedDaysAgo: number; endsInDays: number | null; opening: string | null }[];
  proposals: { opening: string; status: 'PROPOSED' | 'ACCEPTED' }[];
}

export const HAND_COMPANIES = {
  lager: { name: 'Odense Lagerservice ApS', industry: '52', postcode: '5220' },
  kantine: { name: 'Kantinen på Havnen I/S', industry: '56', postcode: '5000' },
  rent: { name: 'Rent Kontor Fyn ApS', industry: '81', postcode: '5230' },
  andetsteds: { name: 'Fynsk Detail A/S', industry: '47', postcode: '5260' },
} as const;

export const HAND_OPENINGS: HandOpening[] = [
  {
    key: 'lager-pluk',
    kind: 'task',
    company: 'lager',
    title: 'Plukning og palleløfter på lageret',
    description: 'Plukke ordrer med håndterminal og flytte paller med el-palleløfter.',
    industry: '52',
    postcode: '5220',
    required: [
      { code: 'order-picking', minLevel: 2 },
      { code: 'pallet-jack-operation', minLevel: 1 },
    ],
    danishLevel: 'A2',
    weeklyHours: 30,
    openings: 2,
    role: 'graded',
  },
  {
    key: 'kantine',
    kind: 'task',
    company: 'kantine',
    title: 'Køkkenhjælp og opvask i kantinen',
    description: 'Opvask, anretning og rengøring af køkkenet efter frokost.',
    industry: '56',
    postcode: '5000',
    required: [
      { code: 'food-hygiene-certificate', minLevel: 1 },
      { code: 'dishwashing', minLevel: 2 },
    ],
    danishLevel: 'A1',
    weeklyHours: 20,
    openings: 1,
    role: 'graded',
  },
  {
    key: 'kontorrengoering',
    kind: 'task',
    company: 'rent',
    title: 'Kontorrengøring om eftermiddagen',
    description: 'Rengøring af kontorer og mødelokaler; to pladser, den ene er taget.',
    industry: '81',
    postcode: '5230',
    required: [{ code: 'office-cleaning', minLevel: 2 }],
    danishLevel: 'A1',
    weeklyHours: 20,
    openings: 2,
    role: 'graded',
  },
  {
    key: 'varemodtagelse',
    kind: 'task',
    company: 'lager',
    title: 'Varemodtagelse',
    description: 'Tjekke følgesedler og køre varer på plads. Pladsen er besat (et accepteret forslag).',
    industry: '52',
    postcode: '5220',
    required: [{ code: 'goods-receipt', minLevel: 2 }],
    danishLevel: 'A2',
    weeklyHours: 25,
    openings: 1,
    role: 'filled',
  },
  {
    key: 'igu-lager',
    kind: 'iguSlot',
    company: 'lager',
    title: 'IGU-elev på lageret',
    description: 'To år med løn og skole: plukning, varemodtagelse og truckcertifikat undervejs.',
    industry: '52',
    postcode: '5220',
    required: [{ code: 'order-picking', minLevel: 1 }],
    danishLevel: 'A1',
    weeklyHours: 30,
    openings: 1,
    role: 'graded',
  },
  {
    key: 'igu-koekken',
    kind: 'iguSlot',
    company: 'kantine',
    title: 'IGU-elev i køkkenet',
    description: 'To år med løn og skole i kantinens køkken. Ingen krav ud over lyst til køkkenarbejde.',
    industry: '56',
    postcode: '5000',
    required: [],
    danishLevel: 'NONE',
    weeklyHours: 25,
    openings: 1,
    role: 'graded',
  },
  {
    key: 'igu-fuld',
    kind: 'iguSlot',
    company: 'lager',
    title: 'IGU-elev på natholdet',
    description: 'Pladsen er besat af et igangværende IGU-forløb.',
    industry: '52',
    postcode: '5220',
    required: [],
    danishLevel: 'NONE',
    weeklyHours: 37,
    openings: 1,
    role: 'filled',
  },
  {
    key: 'andetsteds-pakkeri',
    kind: 'task',
    company: 'andetsteds',
    title: 'Pakning af webordrer',
    description: 'Et andet lager; her venter et forslag på svar.',
    industry: '47',
    postcode: '5260',
    required: [{ code: 'order-picking', minLevel: 1 }],
    danishLevel: 'A1',
    weeklyHours: 30,
    openings: 1,
    role: 'backdrop',
  },
  {
    key: 'andetsteds-kantine',
    kind: 'task',
    company: 'andetsteds',
    title: 'Kantine i butikken',
    description: 'En anden kantine; her er et forslag accepteret.',
    industry: '47',
    postcode: '5260',
    required: [{ code: 'food-hygiene-certificate', minLevel: 1 }],
    danishLevel: 'A1',
    weeklyHours: 20,
    openings: 1,
    role: 'backdrop',
  },
];

const warehouse = (pick: 1 | 2 | 3 | 4, jack: 1 | 2 | 3 | 4 | null) => [
  { code: 'order-picking', level: pick, evidence: 'OBSERVED_IN_PLACEMENT' as const },
  ...(jack ? [{ code: 'pallet-jack-operation', level: jack, evidence: 'CERTIFIED' as const }] : []),
];
const kitchen = (dish: 1 | 2 | 3 | 4) => [
  { code: 'food-hygiene-certificate', level: 1 as const, evidence: 'CERTIFIED' as const },
  { code: 'dishwashing', level: dish, evidence: 'OBSERVED_IN_PLACEMENT' as const },
];

export const HAND_CANDIDATES: HandCandidate[] = [
  {
    key: 'k01',
    firstName: 'Person H01',
    case: 'free, fits the warehouse',
    postcode: '5220',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['52'],
    maxCommuteKm: 20,
    competences: warehouse(3, 2),
    education: 'Lagerarbejde i tre år.',
    summary: 'Mødestabil, vant til håndterminal.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k02',
    firstName: 'Person H02',
    case: 'placed full time (37 h IGU)',
    postcode: '5250',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['52'],
    maxCommuteKm: 20,
    competences: warehouse(3, 2),
    education: 'Lagerarbejde.',
    summary: 'I IGU på natholdet.',
    placements: [{ hours: 37, startedDaysAgo: 60, endsInDays: null, opening: 'igu-fuld' }],
    proposals: [],
  },
  {
    key: 'k03',
    firstName: 'Person H03',
    case: 'placed part time (12 h), 25 h free',
    postcode: '5000',
    readiness: 'JOB_READY',
    danishLevel: 'A1',
    industriesWished: ['56'],
    maxCommuteKm: 10,
    competences: kitchen(3),
    education: 'Køkkenhjælp i en restaurant.',
    summary: 'Har hygiejnebevis; arbejder 12 timer i en butik.',
    placements: [{ hours: 12, startedDaysAgo: 30, endsInDays: 60, opening: null }],
    proposals: [],
  },
  {
    key: 'k04',
    firstName: 'Person H04',
    case: 'full-time placement ends next week',
    postcode: '5230',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: warehouse(2, 1),
    education: 'Lager og pakkeri.',
    summary: 'Praktikken i butikken slutter om en uge.',
    placements: [{ hours: 37, startedDaysAgo: 80, endsInDays: 7, opening: null }],
    proposals: [],
  },
  {
    key: 'k05',
    firstName: 'Person H05',
    case: 'pending proposal for 30 h elsewhere',
    postcode: '5220',
    readiness: 'JOB_READY',
    danishLevel: 'B1',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: [...warehouse(3, 2), { code: 'goods-receipt', level: 2, evidence: 'SELF_REPORTED' }],
    education: 'Lagerarbejde og varemodtagelse.',
    summary: 'Er foreslået til et pakkeri og venter på svar.',
    placements: [],
    proposals: [{ opening: 'andetsteds-pakkeri', status: 'PROPOSED' }],
  },
  {
    key: 'k06',
    firstName: 'Person H06',
    case: 'beginner picker, A1',
    postcode: '5220',
    readiness: 'JOB_READY',
    danishLevel: 'A1',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: [{ code: 'order-picking', level: 1, evidence: 'SELF_REPORTED' }],
    education: 'Har prøvet plukning i en kort praktik.',
    summary: 'Vil gerne lære lagerarbejde.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k07',
    firstName: 'Person H07',
    case: 'free cleaner',
    postcode: '5230',
    readiness: 'JOB_READY',
    danishLevel: 'B1',
    industriesWished: ['81'],
    maxCommuteKm: 10,
    competences: [
      { code: 'office-cleaning', level: 3, evidence: 'OBSERVED_IN_PLACEMENT' },
      { code: 'floor-care', level: 2, evidence: 'SELF_REPORTED' },
    ],
    education: 'Rengøring på kontorer i fire år.',
    summary: 'Selvstændig og grundig.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k08',
    firstName: 'Person H08',
    case: 'fits the warehouse, lives in Svendborg',
    postcode: '5700',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: warehouse(3, 2),
    education: 'Lagerarbejde.',
    summary: 'Bor i Svendborg og har ikke bil.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k09',
    firstName: 'Person H09',
    case: 'kitchen helper without Danish',
    postcode: '5000',
    readiness: 'JOB_READY',
    danishLevel: 'NONE',
    industriesWished: ['56'],
    maxCommuteKm: 10,
    competences: kitchen(2),
    education: 'Opvask og køkkenhjælp.',
    summary: 'Har hygiejnebevis, begynder på dansk.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k10',
    firstName: 'Person H10',
    case: 'cleaner placed part time (10 h), 27 h free',
    postcode: '5230',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['81'],
    maxCommuteKm: 12,
    competences: [{ code: 'office-cleaning', level: 2, evidence: 'OBSERVED_IN_PLACEMENT' }],
    education: 'Rengøring.',
    summary: 'Arbejder 10 timer om ugen i en butik.',
    placements: [{ hours: 10, startedDaysAgo: 40, endsInDays: null, opening: null }],
    proposals: [],
  },
  {
    key: 'k11',
    firstName: 'Person H11',
    case: 'cleaner placed full time on the cleaning task itself',
    postcode: '5000',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['81'],
    maxCommuteKm: 10,
    competences: [{ code: 'office-cleaning', level: 3, evidence: 'OBSERVED_IN_PLACEMENT' }],
    education: 'Rengøring.',
    summary: 'I praktik på kontorrengøringen.',
    placements: [{ hours: 37, startedDaysAgo: 20, endsInDays: 70, opening: 'kontorrengoering' }],
    proposals: [],
  },
  {
    key: 'k12',
    firstName: 'Person H12',
    case: 'activity-ready, goal 25 h',
    postcode: '5220',
    readiness: 'ACTIVITY_READY',
    danishLevel: 'A2',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: warehouse(2, 1),
    education: 'Lagerarbejde.',
    summary: 'Aktivitetsparat; målet er 25 timer om ugen.',
    placements: [],
    proposals: [],
  },
  {
    key: 'k13',
    firstName: 'Person H13',
    case: 'accepted for 20 h in another kitchen',
    postcode: '5000',
    readiness: 'JOB_READY',
    danishLevel: 'A2',
    industriesWished: ['56'],
    maxCommuteKm: 10,
    competences: kitchen(3),
    education: 'Køkken.',
    summary: 'Har sagt ja til en anden kantine.',
    placements: [],
    proposals: [{ opening: 'andetsteds-kantine', status: 'ACCEPTED' }],
  },
  {
    key: 'k14',
    firstName: 'Person H14',
    case: 'accepted for the goods-receipt task (fills it)',
    postcode: '5220',
    readiness: 'JOB_READY',
    danishLevel: 'B1',
    industriesWished: ['52'],
    maxCommuteKm: 15,
    competences: [{ code: 'goods-receipt', level: 3, evidence: 'OBSERVED_IN_PLACEMENT' }, ...warehouse(2, 2)],
    education: 'Varemodtagelse.',
    summary: 'Har sagt ja til varemodtagelsen.',
    placements: [],
    proposals: [{ opening: 'varemodtagelse', status: 'ACCEPTED' }],
  },
];

/** Grade and one-line reason per (graded opening, person), written by hand. */
export const HAND_GRADES: Record<string, Record<string, [Grade, string]>> = {
  'lager-pluk': {
    k01: [3, 'Plukker på niveau 3, kører palleløfter, A2, 37 t fri og bor i 5220: foreslå.'],
    k02: [0, 'I fuldtids-IGU (37 t): ingen timer fri.'],
    k03: [0, 'Køkkenprofil uden lagerkompetencer.'],
    k04: [2, 'Passer på kompetencer og dansk; fuldt optaget til næste uge, kan starte når praktikken slutter.'],
    k05: [1, 'Stærk lagerprofil, men 30 t er bundet af et forslag der venter på svar: kun hvis det bliver et nej.'],
    k06: [0, 'Plukning kun på niveau 1, ingen palleløfter og dansk et niveau under: ikke klar til denne.'],
    k07: [0, 'Rengøringsprofil, ønsker rengøring; intet lagerarbejde.'],
    k08: [0, 'Rette kompetencer, men bor i Svendborg, ca. 37 km mod højst 15 km.'],
    k09: [0, 'Køkkenhjælp uden lagerkompetencer og uden dansk.'],
    k10: [0, 'Rengøring; intet lagerarbejde.'],
    k11: [0, 'Rengøring og i fuldtidspraktik.'],
    k12: [1, 'Rette kompetencer, men målet er 25 t (aktivitetsparat): 30 t om ugen er for meget nu.'],
    k13: [0, 'Køkkenprofil, har sagt ja til et andet job.'],
    k14: [0, 'Har lige sagt ja til varemodtagelsen (25 t); 12 t tilbage er for lidt til 30.'],
  },
  kantine: {
    k01: [0, 'Lagerprofil uden køkkenkompetencer eller hygiejnebevis.'],
    k02: [0, 'I fuldtids-IGU på et lager.'],
    k03: [3, 'Hygiejnebevis, opvask på niveau 3, A1; 12 t praktik efterlader 25 t fri til 20: foreslå.'],
    k04: [0, 'Lagerprofil, optaget til næste uge; intet køkken.'],
    k05: [0, 'Lagerprofil, og 30 t er bundet af et forslag.'],
    k06: [0, 'Begynder på lager; intet køkken.'],
    k07: [0, 'Rengøring, intet hygiejnebevis eller køkkenerfaring.'],
    k08: [0, 'Lagerprofil i Svendborg.'],
    k09: [2, 'Køkkenkompetencer og hygiejnebevis passer; intet dansk hvor A1 ønskes: kan gå med en mentor.'],
    k10: [0, 'Rengøring med deltidsjob; intet køkken.'],
    k11: [0, 'Rengøring i fuldtidspraktik.'],
    k12: [0, 'Lagerprofil; intet køkken.'],
    k13: [1, 'Køkkenet passer, men har sagt ja til 20 t i en anden kantine: 17 t tilbage.'],
    k14: [0, 'Lager, har lige sagt ja til varemodtagelsen.'],
  },
  kontorrengoering: {
    k01: [0, 'Lagerprofil, ønsker lager; ingen rengøringserfaring.'],
    k02: [0, 'I fuldtids-IGU.'],
    k03: [0, 'Køkkenprofil i deltidspraktik; ingen kontorrengøring.'],
    k04: [0, 'Lagerprofil, optaget til næste uge.'],
    k05: [0, 'Lagerprofil med timer bundet af et forslag.'],
    k06: [0, 'Begynder på lager; ingen rengøring.'],
    k07: [3, 'Kontorrengøring på niveau 3, gulvpleje, B1, bor i 5230 og ønsker rengøring: foreslå.'],
    k08: [0, 'Lagerprofil i Svendborg.'],
    k09: [0, 'Køkken uden dansk; ingen rengøring.'],
    k10: [3, 'Kontorrengøring på niveau 2, A2, 27 t fri ved siden af 10-timersjobbet, bor i 5230.'],
    k11: [0, 'Har allerede den ene plads på opgaven, på fuld tid.'],
    k12: [0, 'Lagerprofil; ingen rengøring.'],
    k13: [0, 'Køkken, har sagt ja andetsteds.'],
    k14: [0, 'Lager, har lige sagt ja til varemodtagelsen.'],
  },
  'igu-lager': {
    k01: [3, 'Passer: plukning, palleløfter, A2, 37 t fri; IGU giver løn og skole.'],
    k02: [0, 'Er allerede i en fuldtids-IGU.'],
    k03: [0, 'Køkkenprofil uden lagerkompetencer.'],
    k04: [2, 'Passer; ledig fra næste uge, når den nuværende praktik slutter.'],
    k05: [1, 'Passer på kompetencer, men 30 t er bundet af et forslag der venter på svar.'],
    k06: [3, 'Begynder i plukning (niveau 1) med A1: netop hvad en IGU-elevplads beder om.'],
    k07: [0, 'Rengøring, ønsker rengøring.'],
    k08: [0, 'Bor i Svendborg, for langt.'],
    k09: [0, 'Køkken, intet lager og intet dansk.'],
    k10: [0, 'Rengøring.'],
    k11: [0, 'I fuldtidspraktik.'],
    k12: [1, 'Kompetencerne passer, men 30 t er over hendes mål på 25 t.'],
    k13: [0, 'Køkken, har sagt ja andetsteds.'],
    k14: [0, 'Har lige sagt ja til varemodtagelsen; 12 t tilbage.'],
  },
  'igu-koekken': {
    k01: [1, 'Fri og mødestabil, men ønsker lager, ikke køkken.'],
    k02: [0, 'Er allerede i en fuldtids-IGU.'],
    k03: [2, 'Køkkenprofil og -ønske, præcis 25 t fri; skal passe sammen med den nuværende 12-timers praktik.'],
    k04: [1, 'Ledig fra næste uge, men ønsker lager.'],
    k05: [0, 'Kun 7 t fri, resten er bundet af et forslag; ønsker lager.'],
    k06: [1, 'Fri, A1 er nok; ønsker lager.'],
    k07: [1, 'Fri, B1; ønsker rengøring, ikke køkken.'],
    k08: [0, 'Bor i Svendborg, for langt.'],
    k09: [3, 'Køkkenkompetencer og -ønske, intet dansk krævet, 37 t fri: IGU passer ham godt.'],
    k10: [1, '27 t fri rækker til 25, men ønsker rengøring.'],
    k11: [0, 'I fuldtidspraktik.'],
    k12: [1, 'Målet på 25 t passer til 25 t, men ønsker lager.'],
    k13: [0, 'Har sagt ja til et andet køkken; 17 t tilbage til 25.'],
    k14: [0, 'Har lige sagt ja til varemodtagelsen; 12 t tilbage.'],
  },
};
