import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAuth } from '../app/auth.js';
import { localName } from '../i18n/names.js';
import { IndustriesDocument } from './reference.operations.js';

export interface IndustryOption {
  value: string;
  label: string;
}

/**
 * DB07 industries in the UI's language: the divisions (two-digit codes) grouped by section, the
 * consultant's own portfolio (everyone else has none and sees all), and a code → name lookup.
 */
export function useIndustries() {
  const { me } = useAuth();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [{ data, fetching, error }] = useQuery({ query: IndustriesDocument, requestPolicy: 'cache-first' });
  const value = useMemo(() => {
    const all = data?.industries ?? [];
    const divisions = all.filter((i) => i.level === 'DIVISION');
    const sections = new Map(all.filter((i) => i.level === 'SECTION').map((i) => [i.code, localName(i, language)]));
    const names = new Map(divisions.map((d) => [d.code, localName(d, language)]));
    for (const i of me?.industries ?? []) if (!names.has(i.code)) names.set(i.code, i.name);
    // Search by the code and by either name, whichever language the UI is in.
    const haystack = new Map(divisions.map((d) => [d.code, `${d.code} ${d.name} ${d.nameEn ?? ''}`.toLowerCase()]));
    const mine = new Set((me?.industries ?? []).map((i) => i.code));
    const sectionOf = new Map(divisions.map((d) => [d.code, d.section ?? '']));
    const nameOf = (code: string) => names.get(code) ?? code;
    /** "52 Hjælpevirksomhed …", or the bare code when the name is not known. */
    const labelOf = (code: string) => (names.has(code) ? `${code} ${names.get(code)}` : code);

    /** Select data: the divisions (only the portfolio's when asked), grouped by section. */
    const options = ({ portfolio = false, include = [] }: { portfolio?: boolean; include?: string[] } = {}) => {
      const codes = divisions.map((d) => d.code).filter((c) => !portfolio || !mine.size || mine.has(c));
      // Before the list has loaded (or when it fails) the portfolio still names its industries.
      if (!codes.length && portfolio) codes.push(...mine);
      for (const c of include) if (c && !codes.includes(c)) codes.push(c);
      const groups = new Map<string, IndustryOption[]>();
      for (const code of codes) {
        const section = sectionOf.get(code) ?? '';
        const group = section ? `${section} ${sections.get(section) ?? ''}`.trim() : '';
        groups.set(group, [...(groups.get(group) ?? []), { value: code, label: `${code} ${nameOf(code)}` }]);
      }
      return [...groups.entries()].map(([group, items]) => ({ group, items }));
    };
    return { options, nameOf, labelOf, haystack };
  }, [data, me, language]);
  return { ...value, fetching, error };
}
