/**
 * The labelled set behind `npm run eval:matching`.
 *
 * 45 hand-written openings (unsolved tasks: five in each of nine domains, spread
 * over ten Danish job-centre areas) and a pool of candidates built for them from
 * hand-written recipes, each candidate a deliberate case a consultant meets:
 * the clear fit, the near miss on hours (task 30 h, person 28 h), the near miss
 * on distance (just beyond their own max commute), the right words at the wrong
 * level, the skill only mentioned in free text with a typo or a synonym
 * ("truk certifikat", "rengøring på hospital"), the person already at their goal
 * hours, the wrong field, the one who lives too far away.
 *
 * Grades come from one written rule set, `gradeByConsultantRules`, applied to
 * every (opening, candidate) pair of the pool: the crafted candidates of an
 * opening are always labelled, and any other pool candidate the rules grade
 * 1 or better for that opening is labelled too (shared candidates), so a
 * relevant person is never "unlabelled". The rules deliberately do NOT mirror
 * the matcher's factors (no urgency, no ordinary-hours prospect, no evidence
 * weighting, no distance decay inside the max): they are what a consultant
 * checks before proposing a person.
 *
 * Deterministic: no randomness, no clock. Fairness: no protected attribute is
 * set or varied anywhere (the entity's required birth date, residence
 * category and target group get one constant value in the loader); first
 * names are neutral numbered pseudonyms; free text never names a country.
 */
import { distanceKm } from '../../server/src/features/matching/scoring.js';
import { lookupPostcode } from '../../server/src/shared/postcodes.js';

export type Grade = 0 | 1 | 2 | 3;
export type DanishLevel = 'NONE' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type EvidenceKind = 'SELF_REPORTED' | 'OBSERVED_IN_PLACEMENT' | 'CERTIFIED';
export type Domain =
  | 'warehouse'
  | 'cleaning'
  | 'kitchen'
  | 'care'
  | 'construction'
  | 'retail'
  | 'transport'
  | 'agriculture'
  | 'hospitality';

export const DOMAINS: readonly Domain[] = [
  'warehouse',
  'cleaning',
  'kitchen',
  'care',
  'construction',
  'retail',
  'transport',
  'agriculture',
  'hospitality',
];

export type Region =
  | 'KOEBENHAVN'
  | 'ODENSE'
  | 'AARHUS'
  | 'AALBORG'
  | 'ESBJERG'
  | 'VEJLE'
  | 'HERNING'
  | 'VIBORG'
  | 'NAESTVED'
  | 'SOENDERBORG';

/** Where the people of each job-centre area live (real postcodes). */
export const REGION_POSTCODES: Record<Region, readonly string[]> = {
  KOEBENHAVN: [
    '2400',
    '2200',
    '2700',
    '2000',
    '2720',
    '2610',
    '2500',
    '2450',
    '2300',
    '2600',
    '2650',
    '2770',
    '2620',
    '2630',
    '2635',
    '2670',
    '2750',
    '2800',
    '2100',
    '2860',
    '2730',
    '2605',
    '2660',
    '2625',
  ],
  ODENSE: [
    '5000',
    '5200',
    '5210',
    '5220',
    '5230',
    '5240',
    '5250',
    '5260',
    '5270',
    '5290',
    '5320',
    '5330',
    '5550',
    '5450',
    '5750',
    '5800',
    '5492',
    '5462',
  ],
  AARHUS: [
    '8000',
    '8200',
    '8210',
    '8220',
    '8230',
    '8240',
    '8260',
    '8270',
    '8310',
    '8381',
    '8520',
    '8660',
    '8300',
    '8464',
    '8361',
    '8250',
  ],
  AALBORG: [
    '9000',
    '9200',
    '9210',
    '9220',
    '9400',
    '9230',
    '9430',
    '9260',
    '9270',
    '9310',
    '9530',
    '9240',
    '9700',
    '9380',
  ],
  ESBJERG: ['6700', '6705', '6710', '6715', '6731', '6740', '6800', '6760', '6690', '6720'],
  VEJLE: ['7100', '7120', '7300', '7080', '7000', '6000', '7182', '8722', '6040', '7190', '6052'],
  HERNING: ['7400', '7430', '7451', '6933', '7480', '6920', '7441', '7490', '7330', '7500'],
  VIBORG: ['8800', '8831', '7850', '7470', '8840', '8620', '8850', '7800', '8830'],
  NAESTVED: ['4700', '4736', '4684', '4160', '4262', '4750', '4171', '4690', '4760', '4100', '4250'],
  SOENDERBORG: ['6400', '6310', '6320', '6430', '6300', '6440', '6470', '6200', '6340'],
};

export interface RequiredCompetence {
  code: string;
  minLevel: 1 | 2 | 3 | 4;
}

export interface EvalOpening {
  key: string;
  domain: Domain;
  region: Region;
  company: { name: string; cvr: string; industry: string; postcode: string };
  title: string;
  description: string;
  learningGoals: string;
  /** Two-digit DB07 division. */
  industry: string;
  postcode: string;
  required: RequiredCompetence[];
  niceToHave: string[];
  danishLevel: DanishLevel;
  weeklyHours: number;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  requiresDrivingLicence: boolean;
}

export interface EvalCandidate {
  key: string;
  /** Neutral pseudonym. */
  firstName: string;
  postcode: string;
  readiness: 'JOB_READY' | 'ACTIVITY_READY';
  danishLevel: DanishLevel;
  availableWeeklyHours: number;
  goalWeeklyHours: number;
  currentOrdinaryHours: number;
  industriesWished: string[];
  maxCommuteKm: number;
  hasDrivingLicence: boolean;
  /** Recorded (structured) competences. */
  competences: { code: string; level: 1 | 2 | 3 | 4; evidence: EvidenceKind }[];
  education: string;
  summary: string;
  /**
   * What a consultant reads out of the free text (education/summary) that is
   * not recorded as a competence: counted as held but unverified.
   */
  freeTextClaims: string[];
  /** The opening and recipe this candidate was written for, and the grade the recipe aims at. */
  origin: { openingKey: string; recipe: string; intended: Grade };
}

export interface EvalLabel {
  candidateKey: string;
  grade: Grade;
  /** One line: why this grade. */
  reason: string;
}

export interface LabelledOpening extends EvalOpening {
  labels: EvalLabel[];
}

export interface LabelledSet {
  openings: LabelledOpening[];
  candidates: EvalCandidate[];
}

// ---------------------------------------------------------------------------
// The grading rules (what a consultant checks before proposing a person)

const DANISH: readonly DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const danishRank = (l: DanishLevel) => DANISH.indexOf(l);

/** Just beyond the max commute (up to this multiple) is a gap; further is "too far". */
export const TOO_FAR_MULTIPLE = 1.3;
/** Hours at or above this share of the task's hours are a near miss (one gap); below, two gaps. */
export const HOURS_NEAR_MISS_SHARE = 0.75;

export const GRADING_RULES = [
  'Grade 0 (do not propose): already at goal hours; no hours available now; the task needs a driving licence and the person has none; lives further than 1.3 × their own max commute; or holds none of the required competences (wrong field), not even in free text.',
  'Otherwise count gaps: a required competence recorded one level below = 1; recorded two or more levels below ("right words, wrong level") = 2; only mentioned in free text, unverified (typos and synonyms read as the competence) = 1; missing while other required ones are held = 1; Danish one level short = 1, two or more = 2; available hours below the task but at least 75 % of it = 1, less = 2; commute just beyond the max (up to 1.3 ×) = 1; the task\'s industry not among the wishes = 1.',
  'Grade 3: no gap (required competences at level, Danish OK, hours fit, within commute, wishes the industry). Grade 2: one gap. Grade 1: two or three gaps. Grade 0: four or more.',
] as const;

function pcDistance(a: string, b: string): number {
  const pa = lookupPostcode(a);
  const pb = lookupPostcode(b);
  if (!pa || !pb) throw new Error(`Unknown postcode ${pa ? b : a}`);
  return distanceKm(pa.location, pb.location);
}

const km = (d: number) => `${Math.round(d)} km`;

/** The written rule set: grade and a one-line reason for one candidate and one opening. */
export function gradeByConsultantRules(o: EvalOpening, c: EvalCandidate): { grade: Grade; reason: string } {
  if (c.currentOrdinaryHours >= c.goalWeeklyHours) {
    return { grade: 0, reason: `already at goal: ${c.currentOrdinaryHours} of ${c.goalWeeklyHours} h ordinary hours` };
  }
  if (!(c.availableWeeklyHours > 0)) return { grade: 0, reason: 'no hours available now' };
  if (o.requiresDrivingLicence && !c.hasDrivingLicence)
    return { grade: 0, reason: 'task needs a driving licence; the person has none' };
  const d = pcDistance(o.postcode, c.postcode);
  if (d > c.maxCommuteKm * TOO_FAR_MULTIPLE) {
    return { grade: 0, reason: `too far: ${km(d)} against a max commute of ${c.maxCommuteKm} km` };
  }

  const gaps: string[] = [];
  let gapCount = 0;
  const gap = (n: number, text: string) => {
    gapCount += n;
    gaps.push(text);
  };
  let heldAny = false;
  const missing: string[] = [];
  for (const r of o.required) {
    const rec = c.competences.find((k) => k.code === r.code);
    if (rec) {
      heldAny = true;
      const short = r.minLevel - rec.level;
      if (short === 1) gap(1, `${r.code} one level below (${rec.level}/${r.minLevel})`);
      else if (short >= 2) gap(2, `${r.code} at level ${rec.level}, needs ${r.minLevel} (right words, wrong level)`);
    } else if (c.freeTextClaims.includes(r.code)) {
      heldAny = true;
      gap(1, `${r.code} only in free text, unverified`);
    } else {
      missing.push(r.code);
    }
  }
  if (!heldAny) return { grade: 0, reason: `wrong field: none of ${o.required.map((r) => r.code).join(', ')}` };
  for (const m of missing) gap(1, `missing ${m}`);

  const shortDanish = danishRank(o.danishLevel) - danishRank(c.danishLevel);
  if (shortDanish === 1) gap(1, `Danish ${c.danishLevel}, needs ${o.danishLevel}`);
  else if (shortDanish >= 2) gap(2, `Danish ${c.danishLevel}, needs ${o.danishLevel} (two or more levels short)`);

  if (c.availableWeeklyHours < o.weeklyHours) {
    const near = c.availableWeeklyHours >= HOURS_NEAR_MISS_SHARE * o.weeklyHours;
    gap(
      near ? 1 : 2,
      `${c.availableWeeklyHours} h available for a ${o.weeklyHours} h task${near ? ' (near miss)' : ''}`,
    );
  }
  if (d > c.maxCommuteKm) gap(1, `${km(d)}, just beyond the max of ${c.maxCommuteKm} km`);
  if (!c.industriesWished.includes(o.industry)) gap(1, `does not wish industry ${o.industry}`);

  if (gapCount === 0)
    return {
      grade: 3,
      reason: `fits: competences at level, Danish OK, hours fit, ${km(d)} within ${c.maxCommuteKm} km, wishes ${o.industry}`,
    };
  const grade: Grade = gapCount === 1 ? 2 : gapCount <= 3 ? 1 : 0;
  return { grade, reason: `${gapCount} gap${gapCount === 1 ? '' : 's'}: ${gaps.join('; ')}` };
}

// ---------------------------------------------------------------------------
// The openings (hand-written)

interface OpeningDraft {
  domain: Domain;
  region: Region;
  company: string;
  industry: string;
  postcode: string;
  title: string;
  description: string;
  learningGoals: string;
  required: [string, 1 | 2 | 3 | 4][];
  nice?: string[];
  danish: DanishLevel;
  hours: number;
  /** Expected ordinary hours; null = none in sight. */
  ordinary: number | null;
  licence?: boolean;
  /** Free-text noise about the first required competence: a typo'd sentence and a synonym sentence. */
  typo: string;
  synonym: string;
}

const OPENINGS: OpeningDraft[] = [
  // Warehouse (52)
  {
    domain: 'warehouse',
    region: 'KOEBENHAVN',
    company: 'Vestegnens Lagerhotel ApS',
    industry: '52',
    postcode: '2605',
    title: 'Lagermedhjælper til plukning og truckkørsel',
    description: 'Plukke ordrer og flytte paller med gaffeltruck på et travlt lager.',
    learningGoals: 'Sikker truckkørsel og plukning med håndterminal.',
    required: [
      ['forklift-operation', 2],
      ['order-picking', 1],
    ],
    nice: ['barcode-scanning'],
    danish: 'A2',
    hours: 30,
    ordinary: 20,
    typo: 'Har kørt truk på lager og har truk certifikat fra tidligere job.',
    synonym: 'Erfaring som truckfører, kørte gaffel truck hver dag.',
  },
  {
    domain: 'warehouse',
    region: 'ODENSE',
    company: 'Fyns Fjernlager A/S',
    industry: '52',
    postcode: '5220',
    title: 'Varemodtagelse på fjernlager',
    description: 'Tage imod lastbiler, tjekke følgesedler og køre varer på plads med palleløfter.',
    learningGoals: 'Modtagekontrol og registrering i lagersystemet.',
    required: [
      ['goods-receipt', 2],
      ['pallet-jack-operation', 1],
    ],
    nice: ['wms-systems'],
    danish: 'A2',
    hours: 25,
    ordinary: 15,
    typo: 'Har lavet varemodtagelsse og tjekket følgesedler på et lager.',
    synonym: 'Har taget imod indgående varer og lavet modtagekontrol.',
  },
  {
    domain: 'warehouse',
    region: 'AARHUS',
    company: 'Viby Webshop Logistik ApS',
    industry: '52',
    postcode: '8260',
    title: 'Pakkeriassistent på webshop-lager',
    description: 'Pakke ordrer til forsendelse og scanne pakkerne ud.',
    learningGoals: 'Effektiv pakning og scanning.',
    required: [
      ['shipping-packing', 1],
      ['barcode-scanning', 1],
    ],
    nice: ['labelling'],
    danish: 'A1',
    hours: 20,
    ordinary: 10,
    typo: 'Har pakket ordre til forsendelsse i en webshop.',
    synonym: 'Erfaring med webshop pakning og ordrepakning af pakker.',
  },
  {
    domain: 'warehouse',
    region: 'VEJLE',
    company: 'Vejle Højlager A/S',
    industry: '52',
    postcode: '7100',
    title: 'Reachtruckfører på højlager',
    description: 'Sætte paller på plads i højreoler med reachtruck og holde styr på lokationer.',
    learningGoals: 'Kørsel i højden og lagerstyring.',
    required: [
      ['reach-truck-operation', 3],
      ['warehouse-work', 2],
    ],
    nice: ['wms-systems'],
    danish: 'B1',
    hours: 37,
    ordinary: 37,
    typo: 'Kører reach truk på højlager, også i højden.',
    synonym: 'Har kørt skubmaststabler i et højreolslager.',
  },
  {
    domain: 'warehouse',
    region: 'AALBORG',
    company: 'Nordjysk Frostlager ApS',
    industry: '52',
    postcode: '9200',
    title: 'Frostlagermedarbejder',
    description: 'Plukke varer på frostlager ved minus 25 grader.',
    learningGoals: 'Arbejde sikkert i kulde og plukke efter plukliste.',
    required: [
      ['cold-storage', 1],
      ['order-picking', 2],
    ],
    nice: ['forklift-operation'],
    danish: 'A2',
    hours: 30,
    ordinary: null,
    typo: 'Har arbejdet på fryse lageret i to år.',
    synonym: 'Erfaring fra kølelager og fryserum.',
  },
  // Cleaning (81)
  {
    domain: 'cleaning',
    region: 'KOEBENHAVN',
    company: 'Sydhavn Kontorservice ApS',
    industry: '81',
    postcode: '2300',
    title: 'Kontorrengøring om morgenen',
    description: 'Rengøring af kontorer, mødelokaler og køkkener før kl. 9.',
    learningGoals: 'Rengøringsmetoder og faste ruter.',
    required: [
      ['office-cleaning', 2],
      ['cleaning-methods', 1],
    ],
    danish: 'A2',
    hours: 20,
    ordinary: 12,
    typo: 'Har lavet kontor rengøing om morgenen.',
    synonym: 'Rengøring af erhvervslokaler og kontorer.',
  },
  {
    domain: 'cleaning',
    region: 'ODENSE',
    company: 'Fyns Hospitalsservice A/S',
    industry: '81',
    postcode: '5000',
    title: 'Serviceassistent til hospitalsrengøring',
    description: 'Rengøring og desinfektion på sengeafsnit og ambulatorier.',
    learningGoals: 'Hygiejneregler og desinfektion.',
    required: [
      ['hospital-cleaning', 2],
      ['surface-disinfection', 2],
    ],
    nice: ['cleaning-quality'],
    danish: 'B1',
    hours: 30,
    ordinary: 30,
    typo: 'Erfaring med rengøring på hospital som serviceasistent.',
    synonym: 'Har arbejdet med sygehusrengøring.',
  },
  {
    domain: 'cleaning',
    region: 'AARHUS',
    company: 'Aarhus Trappeservice ApS',
    industry: '81',
    postcode: '8200',
    title: 'Trappevask i boligforeninger',
    description: 'Vaske trapper og opgange i flere boligafdelinger; kørsel mellem adresserne.',
    learningGoals: 'Planlægge ruten og arbejde selvstændigt.',
    required: [
      ['stairwell-cleaning', 1],
      ['general-cleaning', 1],
    ],
    danish: 'A1',
    hours: 25,
    ordinary: 15,
    licence: true,
    typo: 'Har vasket trapper og lavet opgangsrengøing.',
    synonym: 'Trappevask og vask af trapper i opgange.',
  },
  {
    domain: 'cleaning',
    region: 'ESBJERG',
    company: 'Vestjysk Industrirens ApS',
    industry: '81',
    postcode: '6715',
    title: 'Industrirengøring i fødevarevirksomhed (nathold)',
    description: 'Rengøring af produktionsudstyr med skum og højtryk om natten.',
    learningGoals: 'Sikker brug af kemi og højtryk.',
    required: [
      ['industrial-cleaning', 2],
      ['pressure-washing', 2],
    ],
    nice: ['shift-work'],
    danish: 'A2',
    hours: 30,
    ordinary: 25,
    typo: 'Natrengøring i slagteri, industrirengøing med skum.',
    synonym: 'Produktionsrengøring på fabrik om natten.',
  },
  {
    domain: 'cleaning',
    region: 'VIBORG',
    company: 'Viborg Vinduespolering ApS',
    industry: '81',
    postcode: '8800',
    title: 'Vinduespudser-medhjælper',
    description: 'Pudse vinduer hos erhvervskunder; kørsel i firmabil.',
    learningGoals: 'Teknik og arbejde på stige.',
    required: [['window-cleaning', 2]],
    nice: ['working-at-height'],
    danish: 'A2',
    hours: 25,
    ordinary: 20,
    licence: true,
    typo: 'Har arbejdet som vinduespusser.',
    synonym: 'Glasrengøring og pudse vinduer.',
  },
  // Kitchen (56)
  {
    domain: 'kitchen',
    region: 'KOEBENHAVN',
    company: 'Østerbro Frokostkøkken ApS',
    industry: '56',
    postcode: '2100',
    title: 'Køkkenmedhjælper i frokostkantine',
    description: 'Forberede frokost til 300 gæster og holde køkkenet rent.',
    learningGoals: 'Storkøkkendrift og hygiejne.',
    required: [
      ['canteen-work', 2],
      ['food-hygiene-certificate', 1],
    ],
    nice: ['vegetable-preparation'],
    danish: 'A2',
    hours: 30,
    ordinary: 20,
    typo: 'Har arbejdet i kantin og storkøken.',
    synonym: 'Frokostordning i et storkøkken.',
  },
  {
    domain: 'kitchen',
    region: 'AARHUS',
    company: 'Restaurant Åen ApS',
    industry: '56',
    postcode: '8000',
    title: 'Opvasker i restaurant',
    description: 'Opvask og grydevask i en travl restaurant.',
    learningGoals: 'Tempo og køkkenets rutiner.',
    required: [['dishwashing', 1]],
    nice: ['kitchen-closing'],
    danish: 'A1',
    hours: 25,
    ordinary: 15,
    typo: 'Har været opvaskker i en restaurant.',
    synonym: 'Kitchen porter med grydevask.',
  },
  {
    domain: 'kitchen',
    region: 'AALBORG',
    company: 'Aalborg Smørrebrød ApS',
    industry: '56',
    postcode: '9000',
    title: 'Medhjælper i koldt køkken (smørrebrød)',
    description: 'Smøre smørrebrød og lave salater til frokostbutik og catering.',
    learningGoals: 'Anretning og koldt køkken.',
    required: [
      ['cold-kitchen', 3],
      ['food-hygiene-certificate', 1],
    ],
    nice: ['food-presentation'],
    danish: 'B1',
    hours: 30,
    ordinary: 25,
    typo: 'Har lavet smørebrød og salater.',
    synonym: 'Erfaring fra salatbar og sandwich-produktion.',
  },
  {
    domain: 'kitchen',
    region: 'NAESTVED',
    company: 'Næstved Pizza & Grill',
    industry: '56',
    postcode: '4700',
    title: 'Pizzabager og grillmedhjælper',
    description: 'Lave pizza og grillretter i aftenvagter.',
    learningGoals: 'Ovn, grill og ordrer.',
    required: [['fast-food', 2]],
    nice: ['food-hygiene-certificate'],
    danish: 'A1',
    hours: 30,
    ordinary: 30,
    typo: 'Har været pizzabagr i en pizzaria.',
    synonym: 'Har arbejdet i grillbar med burger og kebab.',
  },
  {
    domain: 'kitchen',
    region: 'SOENDERBORG',
    company: 'Als Bageri ApS',
    industry: '56',
    postcode: '6400',
    title: 'Bagerimedhjælper (tidlig morgen)',
    description: 'Bage brød og kager fra kl. 4 og fylde disken op.',
    learningGoals: 'Dej, ovne og hygiejne.',
    required: [
      ['baking', 2],
      ['food-hygiene-certificate', 1],
    ],
    nice: ['shift-work'],
    danish: 'A2',
    hours: 25,
    ordinary: 20,
    typo: 'Har bagt brød og kager på et bagri.',
    synonym: 'Bagerimedhjælper om morgenen.',
  },
  // Care (87/88)
  {
    domain: 'care',
    region: 'ODENSE',
    company: 'Plejecenter Hjallese',
    industry: '87',
    postcode: '5260',
    title: 'Plejehjemsmedhjælper – måltider og samvær',
    description: 'Hjælpe beboere ved måltider og skabe hyggeligt samvær.',
    learningGoals: 'Omsorg, ældrepleje og demensvenlig kommunikation.',
    required: [
      ['elderly-care', 2],
      ['meal-assistance', 1],
    ],
    nice: ['dementia-care'],
    danish: 'B1',
    hours: 25,
    ordinary: 20,
    typo: 'Har arbejdet på plejehjm med ældre pleje.',
    synonym: 'Erfaring som sosu-hjælper.',
  },
  {
    domain: 'care',
    region: 'AALBORG',
    company: 'Aalborg Hjemmeservice ApS',
    industry: '88',
    postcode: '9220',
    title: 'Hjemmehjælper – praktisk hjælp',
    description: 'Praktisk hjælp og indkøb hos borgere; kørsel i egen bil.',
    learningGoals: 'Arbejde selvstændigt hos borgere.',
    required: [['home-care', 2]],
    danish: 'B1',
    hours: 30,
    ordinary: 30,
    licence: true,
    typo: 'Har været hjemmehjælpr og hjulpet med indkøb.',
    synonym: 'Praktisk hjælp i borgernes hjem.',
  },
  {
    domain: 'care',
    region: 'HERNING',
    company: 'Vuggestuen Solsikken',
    industry: '88',
    postcode: '7400',
    title: 'Pædagogmedhjælper i vuggestue',
    description: 'Lege, putte og spise med de mindste børn.',
    learningGoals: 'Pædagogisk praksis og sprog med børn.',
    required: [['childcare', 2]],
    nice: ['first-aid'],
    danish: 'B2',
    hours: 30,
    ordinary: 25,
    typo: 'Har været pædagogmedhjælpr i en vuggestue.',
    synonym: 'Har passet børn i børnehave.',
  },
  {
    domain: 'care',
    region: 'NAESTVED',
    company: 'Daghjemmet Åbrinken',
    industry: '88',
    postcode: '4700',
    title: 'Aktivitetsmedhjælper på daghjem',
    description: 'Planlægge og holde aktiviteter for ældre borgere.',
    learningGoals: 'Aktiviteter og kommunikation med borgere.',
    required: [
      ['activity-work', 1],
      ['communication', 2],
    ],
    danish: 'B1',
    hours: 20,
    ordinary: 10,
    typo: 'Har været aktivitetsmedhjælpr i et daghjem.',
    synonym: 'Arrangerede ældreaktiviteter i et aktivitetscenter.',
  },
  {
    domain: 'care',
    region: 'ESBJERG',
    company: 'Bostedet Vesterhavet',
    industry: '87',
    postcode: '6705',
    title: 'Medhjælper til personlig pleje og forflytning',
    description: 'Hjælpe beboere med bad, påklædning og forflytning med lift.',
    learningGoals: 'Forflytningsteknik og personlig pleje.',
    required: [
      ['personal-care', 2],
      ['patient-transfer', 2],
    ],
    nice: ['care-hygiene'],
    danish: 'B1',
    hours: 30,
    ordinary: 25,
    typo: 'Har hjulpet med personlig plje og bad.',
    synonym: 'Hjælp til bad og påklædning af beboere.',
  },
  // Construction (43/41)
  {
    domain: 'construction',
    region: 'KOEBENHAVN',
    company: 'Sjællands Stilladser ApS',
    industry: '43',
    postcode: '2450',
    title: 'Stilladsmedhjælper',
    description: 'Bære og montere stilladsdele på byggepladser.',
    learningGoals: 'Stilladsopstilling og arbejde i højden.',
    required: [
      ['scaffolding', 2],
      ['working-at-height', 1],
    ],
    nice: ['construction-safety'],
    danish: 'A2',
    hours: 37,
    ordinary: 37,
    typo: 'Har sat stiladser op på byggepladser.',
    synonym: 'Stilladsarbejde og opstilling af stillads.',
  },
  {
    domain: 'construction',
    region: 'AARHUS',
    company: 'Malerfirmaet Vest ApS',
    industry: '43',
    postcode: '8210',
    title: 'Malermedhjælper – spartling og maling',
    description: 'Spartle, slibe og male i lejligheder under renovering.',
    learningGoals: 'Forarbejde og malerteknik.',
    required: [
      ['painting', 2],
      ['filling-spackling', 1],
    ],
    danish: 'A2',
    hours: 30,
    ordinary: 20,
    typo: 'Har været malerhjælpr og malet vægge.',
    synonym: 'Malermedhjælper i et renoveringsfirma.',
  },
  {
    domain: 'construction',
    region: 'ESBJERG',
    company: 'Esbjerg Nedrivning A/S',
    industry: '43',
    postcode: '6700',
    title: 'Nedrivning og byggepladsoprydning',
    description: 'Rive køkkener og bade ned og sortere byggeaffald.',
    learningGoals: 'Sikker nedrivning og affaldssortering.',
    required: [
      ['demolition', 1],
      ['site-clean-up', 1],
    ],
    nice: ['construction-safety'],
    danish: 'A1',
    hours: 37,
    ordinary: 30,
    typo: 'Har lavet nedriving af køkkener og bad.',
    synonym: 'Nedbrydningsarbejde og strip-out.',
  },
  {
    domain: 'construction',
    region: 'HERNING',
    company: 'Midtjysk Murerforretning ApS',
    industry: '41',
    postcode: '7400',
    title: 'Murerarbejdsmand',
    description: 'Røre mørtel, bære sten og mure med på nybyggeri.',
    learningGoals: 'Murerfaget fra bunden.',
    required: [
      ['masonry', 2],
      ['general-labouring', 1],
    ],
    nice: ['concrete-work'],
    danish: 'A2',
    hours: 37,
    ordinary: 37,
    typo: 'Har været murerhjælpr på nybyggeri.',
    synonym: 'Har muret med mursten som murerarbejdsmand.',
  },
  {
    domain: 'construction',
    region: 'VEJLE',
    company: 'Vejle Tømrer & Snedker ApS',
    industry: '43',
    postcode: '7120',
    title: 'Tømrermedhjælper på renoveringsopgaver',
    description: 'Montere lægter, gips og døre; kørsel mellem byggepladser.',
    learningGoals: 'Tømrerarbejde og opmåling.',
    required: [
      ['carpentry', 3],
      ['hand-tools', 2],
    ],
    nice: ['measuring-levelling'],
    danish: 'B1',
    hours: 37,
    ordinary: 37,
    licence: true,
    typo: 'Har været tømer-medhjælper i fem år.',
    synonym: 'Træarbejde og trækonstruktioner.',
  },
  // Retail (47)
  {
    domain: 'retail',
    region: 'KOEBENHAVN',
    company: 'Valby Supermarked ApS',
    industry: '47',
    postcode: '2500',
    title: 'Varepåfylder i supermarked (aften)',
    description: 'Fylde hylder op og tjekke datoer efter lukketid.',
    learningGoals: 'Varekendskab og datokontrol.',
    required: [
      ['shelf-stacking', 1],
      ['stock-rotation', 1],
    ],
    danish: 'A1',
    hours: 20,
    ordinary: 12,
    typo: 'Har lavet varepaafyldning om aftenen.',
    synonym: 'Fyldte hylder i et supermarked.',
  },
  {
    domain: 'retail',
    region: 'ODENSE',
    company: 'Rosengårdcentrets Dagligvarer ApS',
    industry: '47',
    postcode: '5230',
    title: 'Kasseekspedient',
    description: 'Betjene kunder ved kassen og hjælpe ved selvbetjening.',
    learningGoals: 'Kassesystem og kundeservice.',
    required: [
      ['cashier', 2],
      ['customer-service', 1],
    ],
    nice: ['numeracy-money'],
    danish: 'B1',
    hours: 25,
    ordinary: 20,
    typo: 'Har siddet ved kassen som kasseekspedint.',
    synonym: 'Har betjent kasseapparat og betalingsterminal.',
  },
  {
    domain: 'retail',
    region: 'VIBORG',
    company: 'Viborg Byggemarked A/S',
    industry: '47',
    postcode: '8800',
    title: 'Butiksmedhjælper i byggemarked',
    description: 'Hjælpe kunder med at finde varer og give råd om værktøj.',
    learningGoals: 'Varekendskab og kundevejledning.',
    required: [
      ['shop-work', 2],
      ['advising-customers', 1],
    ],
    danish: 'B1',
    hours: 30,
    ordinary: 25,
    typo: 'Har været butiksasistent i fire år.',
    synonym: 'Salgsassistent i en butik.',
  },
  {
    domain: 'retail',
    region: 'SOENDERBORG',
    company: 'Sønderborg Slagter & Deli',
    industry: '47',
    postcode: '6400',
    title: 'Medhjælper ved slagter- og delikatessedisk',
    description: 'Betjene kunder ved disken og skære pålæg.',
    learningGoals: 'Diskbetjening og hygiejne.',
    required: [
      ['deli-counter', 2],
      ['customer-service', 1],
    ],
    nice: ['food-hygiene-certificate'],
    danish: 'A2',
    hours: 25,
    ordinary: 20,
    typo: 'Har stået ved delikatesedisken.',
    synonym: 'Betjente slagterdisk og ostedisk.',
  },
  {
    domain: 'retail',
    region: 'NAESTVED',
    company: 'Næstved Dagligvarer ApS',
    industry: '47',
    postcode: '4700',
    title: 'Varemodtagelse og opfyldning i dagligvarebutik',
    description: 'Tage imod varer fra centrallageret og fylde hylder op.',
    learningGoals: 'Varemodtagelse og butikkens rutiner.',
    required: [
      ['goods-receipt', 1],
      ['shelf-stacking', 2],
    ],
    danish: 'A2',
    hours: 25,
    ordinary: 15,
    typo: 'Varemodtagelsse i en dagligvarebutik.',
    synonym: 'Modtog indgående varer i en butik.',
  },
  // Transport (49/53)
  {
    domain: 'transport',
    region: 'KOEBENHAVN',
    company: 'Hvidovre Pakkeservice ApS',
    industry: '53',
    postcode: '2650',
    title: 'Pakkebud med varebil',
    description: 'Køre pakker ud til private og erhverv i varebil.',
    learningGoals: 'Ruteplanlægning og kundekontakt.',
    required: [
      ['parcel-delivery', 2],
      ['van-driving', 2],
    ],
    danish: 'B1',
    hours: 37,
    ordinary: 37,
    licence: true,
    typo: 'Har kørt som pakkebudd i et år.',
    synonym: 'Budkørsel med pakker.',
  },
  {
    domain: 'transport',
    region: 'VEJLE',
    company: 'Trekantens Vognmandsforretning A/S',
    industry: '49',
    postcode: '7100',
    title: 'Lastbilchauffør-elev (kørekort C)',
    description: 'Køre distributionskørsel med en erfaren chauffør.',
    learningGoals: 'Distributionskørsel og køre- og hviletid.',
    required: [
      ['driving-licence-c', 2],
      ['driver-cpc', 1],
    ],
    nice: ['driving-rest-rules'],
    danish: 'A2',
    hours: 37,
    ordinary: 37,
    licence: true,
    typo: 'Har lastbil korekort og har kørt lidt.',
    synonym: 'Erfaring som lastbilchauffør.',
  },
  {
    domain: 'transport',
    region: 'AALBORG',
    company: 'Nordjysk Flextrafik ApS',
    industry: '49',
    postcode: '9000',
    title: 'Chauffør til handicapkørsel',
    description: 'Køre borgere i liftbus til aktiviteter og behandling.',
    learningGoals: 'Sikker kørsel med kørestolsbrugere.',
    required: [
      ['disabled-transport', 2],
      ['driving-licence-b', 3],
    ],
    danish: 'B1',
    hours: 30,
    ordinary: 25,
    licence: true,
    typo: 'Har kørt handicapkørssel for kommunen.',
    synonym: 'Flextrafik og kørsel med liftbus.',
  },
  {
    domain: 'transport',
    region: 'ODENSE',
    company: 'Fyns Pakketerminal A/S',
    industry: '53',
    postcode: '5250',
    title: 'Pakkesortering på terminal (nathold)',
    description: 'Sortere pakker og læsse biler om natten.',
    learningGoals: 'Terminalens flow og sikkerhed.',
    required: [
      ['parcel-sorting', 1],
      ['loading-unloading', 1],
    ],
    nice: ['shift-work'],
    danish: 'A1',
    hours: 25,
    ordinary: 15,
    typo: 'Har lavet pakkesortring på en terminal.',
    synonym: 'Terminalarbejde i et sorteringscenter.',
  },
  {
    domain: 'transport',
    region: 'HERNING',
    company: 'Herning Cykelbud ApS',
    industry: '53',
    postcode: '7400',
    title: 'Cykel- og scooterbud',
    description: 'Bringe mad og småpakker ud på cykel og scooter.',
    learningGoals: 'Ruter, trafik og kundekontakt.',
    required: [
      ['two-wheeler-delivery', 1],
      ['route-planning', 1],
    ],
    danish: 'A1',
    hours: 20,
    ordinary: 10,
    typo: 'Har været madbudd på cykel.',
    synonym: 'Cykelbud og scooterbud i byen.',
  },
  // Agriculture (01)
  {
    domain: 'agriculture',
    region: 'HERNING',
    company: 'Ikast Svineproduktion I/S',
    industry: '01',
    postcode: '7430',
    title: 'Staldmedhjælper i svineproduktion',
    description: 'Fodre, muge ud og passe grise i farestald og slagtesvinestald.',
    learningGoals: 'Dyrevelfærd og staldens rutiner.',
    required: [
      ['pig-farming', 2],
      ['animal-feeding', 1],
    ],
    danish: 'A1',
    hours: 37,
    ordinary: 37,
    typo: 'Har arbejdet i en svinestal med grise.',
    synonym: 'Staldarbejder med grise og smågrise.',
  },
  {
    domain: 'agriculture',
    region: 'VIBORG',
    company: 'Løgstrup Mælkeproduktion I/S',
    industry: '01',
    postcode: '8831',
    title: 'Malkemedhjælper i kvægbrug',
    description: 'Malke, fodre og passe køer; kørsel på marken.',
    learningGoals: 'Malkerobot og kvægets sundhed.',
    required: [['dairy-farming', 2]],
    nice: ['tractor-driving'],
    danish: 'A1',
    hours: 30,
    ordinary: 30,
    licence: true,
    typo: 'Har malket køer med malke robot.',
    synonym: 'Erfaring fra kvægbrug og kostald.',
  },
  {
    domain: 'agriculture',
    region: 'SOENDERBORG',
    company: 'Nordals Væksthuse A/S',
    industry: '01',
    postcode: '6430',
    title: 'Væksthusmedarbejder',
    description: 'Potte planter og stikke stiklinger i væksthus.',
    learningGoals: 'Plantepleje og produktion.',
    required: [
      ['greenhouse-work', 2],
      ['planting-potting', 1],
    ],
    nice: ['plant-propagation'],
    danish: 'A1',
    hours: 30,
    ordinary: 25,
    typo: 'Har arbejdet i et gartnri og væksthus.',
    synonym: 'Gartnerimedhjælper i drivhus.',
  },
  {
    domain: 'agriculture',
    region: 'ODENSE',
    company: 'Marslev Frugt & Grønt',
    industry: '01',
    postcode: '5290',
    title: 'Høstmedhjælper, frugt og grønt',
    description: 'Plukke og sortere jordbær, æbler og grøntsager i sæsonen.',
    learningGoals: 'Plukning og kvalitetssortering.',
    required: [
      ['harvesting', 1],
      ['produce-grading', 1],
    ],
    danish: 'NONE',
    hours: 37,
    ordinary: null,
    typo: 'Har lavet høst arbejde og jordbærplukning.',
    synonym: 'Frugtplukning i sæsonen.',
  },
  {
    domain: 'agriculture',
    region: 'NAESTVED',
    company: 'Herlufmagle Planteavl I/S',
    industry: '01',
    postcode: '4160',
    title: 'Traktorfører og markarbejde',
    description: 'Harve, så og køre korn hjem med traktor.',
    learningGoals: 'Markarbejde og maskiner.',
    required: [
      ['field-work', 2],
      ['tractor-driving', 3],
    ],
    danish: 'A2',
    hours: 37,
    ordinary: 37,
    licence: true,
    typo: 'Har lavet markarbjde og såning.',
    synonym: 'Jordbehandling, pløjning og harvning.',
  },
  // Hospitality (55)
  {
    domain: 'hospitality',
    region: 'KOEBENHAVN',
    company: 'Hotel Vesterbro ApS',
    industry: '55',
    postcode: '1620',
    title: 'Roomattendant – værelsesrengøring på hotel',
    description: 'Gøre værelser klar til nye gæster: rengøring og sengeredning.',
    learningGoals: 'Hotelstandard og tempo.',
    required: [
      ['hotel-room-cleaning', 2],
      ['bed-making', 1],
    ],
    danish: 'A1',
    hours: 25,
    ordinary: 20,
    typo: 'Har været roomattendent på hotel.',
    synonym: 'Hotelrengøring og housekeeping.',
  },
  {
    domain: 'hospitality',
    region: 'AARHUS',
    company: 'Hotel Aarhus Havn ApS',
    industry: '55',
    postcode: '8000',
    title: 'Morgenmadsvært på hotel',
    description: 'Sætte morgenmadsbuffeten op, fylde op og rydde af.',
    learningGoals: 'Gæsteservice og hygiejne.',
    required: [
      ['breakfast-buffet', 2],
      ['food-hygiene-certificate', 1],
    ],
    nice: ['barista'],
    danish: 'A2',
    hours: 20,
    ordinary: 15,
    typo: 'Har sat morgenmads buffet op hver morgen.',
    synonym: 'Morgenmadsvært på et hotel.',
  },
  {
    domain: 'hospitality',
    region: 'AALBORG',
    company: 'Hotel Limfjorden A/S',
    industry: '55',
    postcode: '9000',
    title: 'Receptionsmedhjælper',
    description: 'Tjekke gæster ind og ud og svare på spørgsmål.',
    learningGoals: 'Reception og gæsteservice.',
    required: [
      ['guest-reception', 2],
      ['customer-service', 2],
    ],
    danish: 'B2',
    hours: 30,
    ordinary: 25,
    typo: 'Har været receptionsmedarbjder.',
    synonym: 'Front desk og velkomst af gæster.',
  },
  {
    domain: 'hospitality',
    region: 'ESBJERG',
    company: 'Esbjerg Selskabslokaler ApS',
    industry: '55',
    postcode: '6700',
    title: 'Serveringsmedarbejder ved selskaber',
    description: 'Dække op, servere og rydde af ved fester og konferencer.',
    learningGoals: 'Servering og opstilling.',
    required: [
      ['waiting-tables', 2],
      ['event-setup', 1],
    ],
    danish: 'B1',
    hours: 25,
    ordinary: 20,
    typo: 'Har været tjenr ved selskaber.',
    synonym: 'Servering og afrydning i en restaurant.',
  },
  {
    domain: 'hospitality',
    region: 'SOENDERBORG',
    company: 'Alssund Hotel A/S',
    industry: '55',
    postcode: '6400',
    title: 'Linnedrum og vaskeri på hotel',
    description: 'Vaske, folde og fordele linned og håndklæder.',
    learningGoals: 'Vaskeriets maskiner og linnedstyring.',
    required: [
      ['linen-room', 1],
      ['laundry', 2],
    ],
    danish: 'A1',
    hours: 30,
    ordinary: 20,
    typo: 'Har arbejdet i linnedrumet på et hotel.',
    synonym: 'Linnedforsyning og linnedvogn på hotel.',
  },
];

/** Per domain: generic experience text, an industry a "no wish" person wishes instead, and the wrong field. */
const DOMAIN_TEXT: Record<
  Domain,
  { generic: [string, string]; otherIndustry: string; wrongField: { codes: [string, string]; text: string } }
> = {
  warehouse: {
    generic: ['Erfaring fra lager og logistik.', 'Har arbejdet med varer og paller.'],
    otherIndustry: '10',
    wrongField: {
      codes: ['dishwashing', 'food-preparation'],
      text: 'Har arbejdet i et køkken med opvask og madlavning.',
    },
  },
  cleaning: {
    generic: ['Erfaring med rengøring i flere år.', 'Har gjort rent i erhvervslokaler.'],
    otherIndustry: '68',
    wrongField: { codes: ['cashier', 'shop-work'], text: 'Har arbejdet i butik ved kassen.' },
  },
  kitchen: {
    generic: ['Erfaring fra køkken og madlavning.', 'Har arbejdet i restaurantkøkken.'],
    otherIndustry: '10',
    wrongField: { codes: ['painting', 'filling-spackling'], text: 'Har arbejdet som maler.' },
  },
  care: {
    generic: ['Erfaring med omsorg for andre.', 'Har hjulpet ældre og børn.'],
    otherIndustry: '85',
    wrongField: { codes: ['order-picking', 'warehouse-work'], text: 'Har arbejdet på lager med plukning.' },
  },
  construction: {
    generic: ['Erfaring fra byggepladser.', 'Har arbejdet med håndværk og byggeri.'],
    otherIndustry: '25',
    wrongField: { codes: ['general-cleaning', 'office-cleaning'], text: 'Har gjort rent på kontorer.' },
  },
  retail: {
    generic: ['Erfaring fra butik.', 'Har arbejdet i supermarked.'],
    otherIndustry: '82',
    wrongField: { codes: ['harvesting', 'weeding'], text: 'Har arbejdet i landbruget med høst og lugning.' },
  },
  transport: {
    generic: ['Erfaring med kørsel og levering.', 'Har arbejdet med transport.'],
    otherIndustry: '33',
    wrongField: { codes: ['elderly-care', 'meal-assistance'], text: 'Har hjulpet ældre på plejehjem.' },
  },
  agriculture: {
    generic: ['Erfaring fra landbrug.', 'Har arbejdet udendørs med planter og dyr.'],
    otherIndustry: '10',
    wrongField: { codes: ['waiting-tables', 'bar-work'], text: 'Har været tjener på en restaurant.' },
  },
  hospitality: {
    generic: ['Erfaring fra hotel og restaurant.', 'Har arbejdet med gæster og service.'],
    otherIndustry: '90',
    wrongField: { codes: ['welding', 'metalworking'], text: 'Har svejset på en metalfabrik.' },
  },
};

/** Transversal competences people often have; none of the openings requires one of them. */
const EXTRAS = ['punctuality', 'teamwork', 'willingness-to-learn', 'work-ethic'] as const;
const SUMMARIES = [
  'Mødestabil og vil gerne lære.',
  'Er glad for praktisk arbejde.',
  'Ønsker flere timer og fast arbejde.',
  'Har god energi og arbejder gerne sammen med andre.',
];
const EVIDENCE: readonly EvidenceKind[] = ['SELF_REPORTED', 'OBSERVED_IN_PLACEMENT', 'CERTIFIED'];

/** A valid CVR (modulus-11 check digit) from a running number. */
export function validCvr(n: number): string {
  for (let k = 0; ; k++) {
    const prefix = String(3100000 + n * 7919 + k);
    const w = [2, 7, 6, 5, 4, 3, 2];
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}

function openingKey(d: OpeningDraft, i: number): string {
  return `${String(i + 1).padStart(2, '0')}-${d.domain}-${d.region.toLowerCase()}`;
}

// ---------------------------------------------------------------------------
// Candidate recipes

type Draft = Omit<EvalCandidate, 'key' | 'firstName' | 'origin'>;

const bumpDanish = (l: DanishLevel, by: number): DanishLevel =>
  DANISH[Math.max(0, Math.min(DANISH.length - 1, danishRank(l) + by))]!;

/** A max commute the person stated that comfortably covers distance d. */
function comfortableMax(d: number, seed: number): number {
  const steps = [10, 15, 20, 25, 30, 40, 50];
  const want = Math.max(8, d * 1.4) + (seed % 2) * 5;
  return steps.find((s) => s >= want) ?? 60;
}

function byDistance(o: EvalOpening) {
  return REGION_POSTCODES[o.region]
    .map((pc) => ({ pc, d: pcDistance(o.postcode, pc) }))
    .sort((a, b) => a.d - b.d || (a.pc < b.pc ? -1 : 1));
}

/** Postcodes of the area by distance class from the opening. */
export function postcodeClasses(o: EvalOpening) {
  const all = byDistance(o);
  return {
    near: all.filter((x) => x.d <= 15),
    mid: all.filter((x) => x.d >= 10 && x.d <= 30),
    far: all.filter((x) => x.d >= 15),
  };
}

function pick<T>(xs: T[], seed: number): T {
  if (!xs.length) throw new Error('empty choice');
  return xs[seed % xs.length]!;
}

interface Recipe {
  name: string;
  intended: Grade;
  build: (o: EvalOpening, d: OpeningDraft, seed: number) => Draft;
}

function ideal(o: EvalOpening, _d: OpeningDraft, seed: number): Draft {
  const { near } = postcodeClasses(o);
  const home = pick(near, seed);
  const extras = [EXTRAS[seed % EXTRAS.length]!, EXTRAS[(seed + 1) % EXTRAS.length]!].filter(
    (_, i) => i === 0 || seed % 3 === 0,
  );
  return {
    postcode: home.pc,
    readiness: seed % 5 === 4 ? 'ACTIVITY_READY' : 'JOB_READY',
    danishLevel: o.danishLevel === 'NONE' ? (seed % 2 ? 'A1' : 'NONE') : bumpDanish(o.danishLevel, seed % 2),
    availableWeeklyHours: seed % 2 ? o.weeklyHours : 37,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    industriesWished: seed % 3 === 0 ? [o.industry, DOMAIN_TEXT[o.domain].otherIndustry] : [o.industry],
    maxCommuteKm: comfortableMax(home.d, seed),
    hasDrivingLicence: o.requiresDrivingLicence || seed % 3 === 0,
    competences: [
      ...o.required.map((r, i) => ({
        code: r.code,
        level: r.minLevel,
        evidence: EVIDENCE[(seed + i) % EVIDENCE.length]!,
      })),
      ...extras.map((code) => ({ code, level: 3 as const, evidence: 'SELF_REPORTED' as const })),
    ],
    education: DOMAIN_TEXT[o.domain].generic[seed % 2]!,
    summary: SUMMARIES[seed % SUMMARIES.length]!,
    freeTextClaims: [],
  };
}

const core = (o: EvalOpening) => o.required[0]!.code;
const without = (c: Draft['competences'], code: string) => c.filter((k) => k.code !== code);
const setLevel = (c: Draft['competences'], code: string, level: number) =>
  c.map((k) => (k.code === code ? { ...k, level: Math.max(1, Math.min(4, level)) as 1 | 2 | 3 | 4 } : k));
const highestMin = (o: EvalOpening) => [...o.required].sort((a, b) => b.minLevel - a.minLevel)[0]!;
const hoursNearMiss = (o: EvalOpening) => o.weeklyHours - 2;

const RECIPES: Record<string, Recipe> = {
  ideal: { name: 'ideal', intended: 3, build: ideal },
  idealStrong: {
    name: 'idealStrong',
    intended: 3,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      return {
        ...b,
        danishLevel: bumpDanish(o.danishLevel === 'NONE' ? 'A1' : o.danishLevel, 1),
        availableWeeklyHours: 37,
        competences: [
          ...o.required.map((r, i) => ({
            code: r.code,
            level: Math.min(4, r.minLevel + 1) as 1 | 2 | 3 | 4,
            evidence: (i % 2 ? 'CERTIFIED' : 'OBSERVED_IN_PLACEMENT') as EvidenceKind,
          })),
          ...o.niceToHave.map((code) => ({ code, level: 2 as const, evidence: 'SELF_REPORTED' as const })),
          { code: EXTRAS[seed % EXTRAS.length]!, level: 3 as const, evidence: 'OBSERVED_IN_PLACEMENT' as const },
        ],
      };
    },
  },
  // Fits fully; works some ordinary hours already; the recorded skills are also described (with a typo) in the free text.
  idealPartTime: {
    name: 'idealPartTime',
    intended: 3,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      const current = o.weeklyHours <= 27 ? 10 : o.weeklyHours <= 32 ? 5 : 0;
      return {
        ...b,
        currentOrdinaryHours: current,
        availableWeeklyHours: 37 - current,
        competences: b.competences.map((k) => ({ ...k, evidence: 'SELF_REPORTED' as const })),
        education: d.typo,
      };
    },
  },
  hoursNearMiss: {
    name: 'hoursNearMiss',
    intended: 2,
    build: (o, d, seed) => ({ ...ideal(o, d, seed), availableWeeklyHours: hoursNearMiss(o) }),
  },
  distNearMiss: {
    name: 'distNearMiss',
    intended: 2,
    build: (o, d, seed) => {
      const home = pick(postcodeClasses(o).mid, seed);
      return { ...ideal(o, d, seed), postcode: home.pc, maxCommuteKm: Math.floor(home.d / 1.15) };
    },
  },
  oneBelow: {
    name: 'oneBelow',
    intended: 2,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      const r = highestMin(o);
      return { ...b, competences: setLevel(b.competences, r.code, r.minLevel - 1) };
    },
  },
  danishOneBelow: {
    name: 'danishOneBelow',
    intended: 2,
    build: (o, d, seed) => ({ ...ideal(o, d, seed), danishLevel: bumpDanish(o.danishLevel, -1) }),
  },
  noWish: {
    name: 'noWish',
    intended: 2,
    build: (o, d, seed) => ({ ...ideal(o, d, seed), industriesWished: [DOMAIN_TEXT[o.domain].otherIndustry] }),
  },
  freeTextTypo: {
    name: 'freeTextTypo',
    intended: 2,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      return { ...b, competences: without(b.competences, core(o)), education: d.typo, freeTextClaims: [core(o)] };
    },
  },
  // The right words at the wrong level (only where a requirement is at level 2 or more).
  wrongLevel: {
    name: 'wrongLevel',
    intended: 1,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      const r = highestMin(o);
      if (r.minLevel >= 3) return { ...b, competences: setLevel(b.competences, r.code, r.minLevel - 2) };
      const lowered = setLevel(b.competences, r.code, r.minLevel - 1);
      return o.danishLevel === 'NONE'
        ? { ...b, competences: lowered, availableWeeklyHours: hoursNearMiss(o) }
        : { ...b, competences: lowered, danishLevel: bumpDanish(o.danishLevel, -1) };
    },
  },
  // Where every requirement is at level 1: the competences are there, but Danish or hours fall well short.
  farShort: {
    name: 'farShort',
    intended: 1,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      return danishRank(o.danishLevel) >= 2
        ? { ...b, danishLevel: bumpDanish(o.danishLevel, -2) }
        : { ...b, availableWeeklyHours: Math.floor(o.weeklyHours * 0.6) };
    },
  },
  twoGaps: {
    name: 'twoGaps',
    intended: 1,
    build: (o, d, seed) => ({
      ...ideal(o, d, seed),
      availableWeeklyHours: hoursNearMiss(o),
      industriesWished: [DOMAIN_TEXT[o.domain].otherIndustry],
    }),
  },
  synonymOnly: {
    name: 'synonymOnly',
    intended: 1,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      return {
        ...b,
        competences: without(b.competences, core(o)),
        education: d.synonym,
        freeTextClaims: [core(o)],
        industriesWished: [DOMAIN_TEXT[o.domain].otherIndustry],
      };
    },
  },
  atGoal: {
    name: 'atGoal',
    intended: 0,
    build: (o, d, seed) => ({
      ...RECIPES.idealStrong!.build(o, d, seed),
      currentOrdinaryHours: 37,
      goalWeeklyHours: 37,
      availableWeeklyHours: 6,
    }),
  },
  noHours: {
    name: 'noHours',
    intended: 0,
    build: (o, d, seed) => ({ ...ideal(o, d, seed), availableWeeklyHours: 0, currentOrdinaryHours: 12 }),
  },
  noLicence: {
    name: 'noLicence',
    intended: 0,
    build: (o, d, seed) => {
      const b = RECIPES.idealStrong!.build(o, d, seed);
      return {
        ...b,
        hasDrivingLicence: false,
        competences: b.competences.filter((k) => !k.code.startsWith('driving-licence')),
      };
    },
  },
  tooFar: {
    name: 'tooFar',
    intended: 0,
    build: (o, d, seed) => {
      const home = pick(postcodeClasses(o).far, seed);
      return {
        ...RECIPES.idealStrong!.build(o, d, seed),
        postcode: home.pc,
        maxCommuteKm: Math.max(3, Math.floor(home.d / 2.2)),
      };
    },
  },
  wrongField: {
    name: 'wrongField',
    intended: 0,
    build: (o, d, seed) => {
      const b = ideal(o, d, seed);
      const wf = DOMAIN_TEXT[o.domain].wrongField;
      return {
        ...b,
        competences: [
          ...wf.codes.map((code, i) => ({
            code,
            level: 2 as const,
            evidence: EVIDENCE[(seed + i) % EVIDENCE.length]!,
          })),
          { code: EXTRAS[seed % EXTRAS.length]!, level: 3 as const, evidence: 'SELF_REPORTED' as const },
        ],
        education: wf.text,
      };
    },
  },
};

/** The recipes used for one opening: 3 fits, 4 one-gap near misses, 3 weak, 4 do-not-propose. */
function recipesFor(o: EvalOpening, index: number): Recipe[] {
  const r = RECIPES;
  const rotating: Recipe[] = [];
  if (o.required.some((x) => x.minLevel >= 2)) rotating.push(r.oneBelow!);
  if (o.danishLevel !== 'NONE') rotating.push(r.danishOneBelow!);
  rotating.push(r.noWish!);
  return [
    r.ideal!,
    r.idealStrong!,
    r.idealPartTime!,
    r.hoursNearMiss!,
    r.distNearMiss!,
    r.freeTextTypo!,
    rotating[index % rotating.length]!,
    o.required.some((x) => x.minLevel >= 2) ? r.wrongLevel! : r.farShort!,
    r.twoGaps!,
    r.synonymOnly!,
    r.atGoal!,
    r.tooFar!,
    r.wrongField!,
    o.requiresDrivingLicence ? r.noLicence! : r.noHours!,
  ];
}

// ---------------------------------------------------------------------------
// Building the set

function buildOpening(d: OpeningDraft, i: number): EvalOpening {
  return {
    key: openingKey(d, i),
    domain: d.domain,
    region: d.region,
    company: { name: d.company, cvr: validCvr(i + 1), industry: d.industry, postcode: d.postcode },
    title: d.title,
    description: d.description,
    learningGoals: d.learningGoals,
    industry: d.industry,
    postcode: d.postcode,
    required: d.required.map(([code, minLevel]) => ({ code, minLevel })),
    niceToHave: d.nice ?? [],
    danishLevel: d.danish,
    weeklyHours: d.hours,
    ordinaryHoursInSight: d.ordinary !== null,
    expectedOrdinaryHours: d.ordinary,
    requiresDrivingLicence: d.licence ?? false,
  };
}

let cached: LabelledSet | null = null;

/** The labelled set (built once; deterministic). */
export function labelledSet(): LabelledSet {
  if (cached) return cached;
  const openings = OPENINGS.map(buildOpening);
  const candidates: EvalCandidate[] = [];
  openings.forEach((o, oi) => {
    recipesFor(o, oi).forEach((recipe, ri) => {
      const n = candidates.length + 1;
      const seed = oi * 7 + ri;
      candidates.push({
        key: `${o.key}/${recipe.name}`,
        firstName: `Kandidat ${String(n).padStart(3, '0')}`,
        ...recipe.build(o, OPENINGS[oi]!, seed),
        origin: { openingKey: o.key, recipe: recipe.name, intended: recipe.intended },
      });
    });
  });
  const labelled: LabelledOpening[] = openings.map((o) => {
    const labels: EvalLabel[] = [];
    for (const c of candidates) {
      const own = c.origin.openingKey === o.key;
      const g = gradeByConsultantRules(o, c);
      if (own || g.grade > 0)
        labels.push({ candidateKey: c.key, grade: g.grade, reason: own ? g.reason : `shared: ${g.reason}` });
    }
    labels.sort((a, b) => b.grade - a.grade || (a.candidateKey < b.candidateKey ? -1 : 1));
    return { ...o, labels };
  });
  cached = { openings: labelled, candidates };
  return cached;
}
