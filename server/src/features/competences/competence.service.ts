import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { COMPETENCE_DOMAINS } from '../../db/seed/competence-catalogue.js';
import { t } from '../../i18n/index.js';
import type { SynonymSource } from '../../search/indexes.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInputs, type FieldProblem } from '../../shared/errors.js';
import { parseInput, say, text } from '../../shared/validate.js';
import { audit } from '../audit/audit.service.js';
import { requireUser } from '../auth/scope.js';
import { containsPattern } from '../companies/company.service.js';
import { Competence } from './competence.entity.js';
import type { CreateCompetenceInput } from './competence.inputs.js';

export const SYNONYMS_MAX = 20;

const createSchema = z.object({
  name: text('name', 200),
  nameEn: text('nameEn', 200),
  domain: z.enum(COMPETENCE_DOMAINS, { error: say('admin.domainUnknown') }),
  synonyms: z
    .array(text('synonym', 50))
    .max(SYNONYMS_MAX, { error: say('admin.synonymsMax', { max: SYNONYMS_MAX }) })
    .nullish(),
});

/** A catalogue code from a name: kebab-case ASCII ("Rengøring af fly" → "rengoring-af-fly"). */
export function competenceCode(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70) || 'competence'
  );
}

/** The catalogue's names and synonyms from PostgreSQL: what search synonyms are built from. */
export async function catalogueSynonyms(em: EntityManager): Promise<SynonymSource[]> {
  const rows = await em.find(Competence, {}, { fields: ['name', 'nameEn', 'synonyms'] });
  return rows.map((c) => ({ nameDa: c.name, nameEn: c.nameEn, synonyms: c.synonyms }));
}

/** Accented letters folded to plain ones, the same way in SQL and in JavaScript. */
const FROM = 'áàâäãéèêëíìîïóòôöõúùûüýÿçñ';
const TO = 'aaaaaeeeeiiiiooooouuuuyycn';
/** Danish letters spelled out, then the spellings merged: "rengøring", "rengoering" and "rengoring" meet. */
const FOLDS: [string, string][] = [
  ['æ', 'ae'],
  ['ø', 'oe'],
  ['å', 'aa'],
  ['aa', 'a'],
  ['oe', 'o'],
  ['ae', 'a'],
];

/** Lower case, accents dropped, æ/ø/å and their ASCII spellings merged: "Rengøring" → "rengoring". */
export function foldText(s: string): string {
  const plain = [...s.toLowerCase()].map((ch) => (FROM.includes(ch) ? TO[FROM.indexOf(ch)] : ch)).join('');
  let out = plain;
  for (const [from, to] of FOLDS) out = out.replaceAll(from, to);
  return out;
}

/** The SQL twin of foldText for a column expression. */
function foldSql(expr: string): string {
  let out = `translate(lower(${expr}), '${FROM}', '${TO}')`;
  for (const [from, to] of FOLDS) out = `replace(${out}, '${from}', '${to}')`;
  return out;
}

const HAYSTACK = foldSql("c.code || ' ' || c.name || ' ' || c.name_en || ' ' || array_to_string(c.synonyms, ' ')");

const danish = new Intl.Collator('da');

/** The competence catalogue. */
export class CompetenceService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Adds a competence (ADMIN): Danish and English names that no competence has yet (case, accents
   * and æ/ø/å spellings aside), an area, and the synonyms people type. Search, matching and the
   * picker find it at once; the search synonyms follow as soon as Meilisearch has applied them.
   */
  async create(input: CreateCompetenceInput): Promise<Competence> {
    const user = requireUser(this.ctx.user);
    const v = parseInput(createSchema, input);
    const synonyms = [...new Set((v.synonyms ?? []).map((s) => s.toLowerCase()).filter(Boolean))];
    const synonymProblems: FieldProblem[] = [];
    const seen = new Set<string>();
    for (const syn of (v.synonyms ?? []).map((s) => s.toLowerCase())) {
      if (seen.has(foldText(syn)))
        synonymProblems.push({ field: 'synonyms', message: t('admin.synonymTwice', { name: syn }) });
      seen.add(foldText(syn));
    }
    const competence = await this.ctx.em.transactional(async (em) => {
      // The catalogue is small (hundreds): folding in JavaScript keeps one rule with the search above.
      const existing = await em.find(Competence, {});
      const problems: FieldProblem[] = [];
      for (const [field, name] of [
        ['name', v.name],
        ['nameEn', v.nameEn],
      ] as const) {
        const same = existing.find((c) => foldText(c.name) === foldText(name) || foldText(c.nameEn) === foldText(name));
        if (same) problems.push({ field, message: t('admin.competenceTaken', { name, existing: same.name }) });
      }
      problems.push(...synonymProblems);
      if (problems.length) throw badInputs(problems);
      const codes = new Set(existing.map((c) => c.code));
      const base = competenceCode(v.nameEn);
      let code = base;
      for (let i = 2; codes.has(code); i++) code = `${base}-${i}`;
      const c = em.create(Competence, { code, name: v.name, nameEn: v.nameEn, domain: v.domain, synonyms });
      await em.flush();
      audit(em, user, { subjectId: c.id, action: 'CREATE', operation: 'createCompetence', allowed: true });
      return c;
    });
    // After the commit: a search outage must not undo the catalogue entry (the next start sends them too).
    await this.ctx.search.refreshSynonyms().catch(() => undefined);
    return competence;
  }

  /**
   * Competences whose code, Danish or English name or synonyms contain every word of `search`
   * (case- and accent-insensitive: "gaffeltruck", "Truckcertifikat", "rengoring"); all when empty. Ordered by name.
   */
  async search(search?: string | null): Promise<Competence[]> {
    const words = foldText(search ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10);
    const qb = this.ctx.em.createQueryBuilder(Competence, 'c');
    for (const w of words) qb.andWhere(`${HAYSTACK} like ?`, [containsPattern(w)]);
    const rows = await qb.getResult();
    // Danish order (… æ, ø, å last), which the database's C collation does not give.
    return rows.sort((a, b) => danish.compare(a.name, b.name) || a.code.localeCompare(b.code));
  }
}
