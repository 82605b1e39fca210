import type { Context } from '../../shared/context.js';
import { containsPattern } from '../companies/company.service.js';
import { Competence } from './competence.entity.js';

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
  constructor(private readonly ctx: Context) {}

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
