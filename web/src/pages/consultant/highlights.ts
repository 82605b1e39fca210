/** A highlighted field of a search hit, as the server sends it. */
export type Highlight = { field: string; snippet: string };

const DA = 'competenceNames';
const EN = 'competenceNamesEn';

/**
 * The snippets a hit shows, competence names in the UI's language: when the query matched a
 * competence in both languages, only the UI language's snippet is shown, under the plain
 * "Competences" label; a match only in the other language is kept (it explains the hit).
 */
export function localHighlights(highlights: Highlight[], lang: string): (Highlight & { labelField: string })[] {
  const fields = new Set(highlights.map((h) => h.field));
  const en = lang.startsWith('en');
  const drop = fields.has(DA) && fields.has(EN) ? (en ? DA : EN) : null;
  return highlights
    .filter((h) => h.field !== drop)
    .map((h) => ({ ...h, labelField: en && h.field === EN ? DA : h.field }));
}
