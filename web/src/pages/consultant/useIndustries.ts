import { useQuery } from 'urql';
import { useAuth } from '../../app/auth.js';
import { type Named, useLocalName } from '../../i18n/names.js';
import { ConsultantIndustriesDocument } from './industries.ops.js';

/**
 * DB07 divisions as select options: a consultant's own portfolio industries when it has
 * them (an admin sees all), and a code → name lookup for every division, in the UI's language.
 */
export function useIndustries() {
  const { me } = useAuth();
  const name = useLocalName();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantIndustriesDocument, requestPolicy: 'cache-first' });
  const divisions = (data?.industries ?? []).filter((i) => i.level === 'DIVISION');
  const mine = new Set((me?.industries ?? []).map((i) => i.code));
  const portfolio = mine.size ? divisions.filter((d) => mine.has(d.code)) : divisions;
  const names = new Map(divisions.map((d) => [d.code, name(d)]));
  for (const i of me?.industries ?? []) if (!names.has(i.code)) names.set(i.code, name(i));
  const options = (list: (Named & { code: string })[]) =>
    list.map((d) => ({ value: d.code, label: `${d.code} ${name(d)}` }));
  const fallback = me?.industries ?? [];
  return {
    portfolioOptions: options(portfolio.length ? portfolio : fallback),
    nameOf: (code: string) => names.get(code) ?? code,
    fetching,
    error,
  };
}
