import {
  type ComboboxItem,
  type ComboboxParsedItem,
  MultiSelect,
  type MultiSelectProps,
  type OptionsFilter,
  Select,
  type SelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from './useIndustries.js';

/**
 * Mantine's option filter, matching the search against each division's code and both its names (from
 * `haystack`, code → lower-case text), so a Danish name finds it in English and the other way round.
 */
export function industryFilter(haystack: Map<string, string>): OptionsFilter {
  const hit = (o: ComboboxItem, q: string) => (haystack.get(o.value) ?? o.label.toLowerCase()).includes(q);
  return ({ options, search, limit }) => {
    const q = search.trim().toLowerCase();
    const out: ComboboxParsedItem[] = [];
    let left = limit;
    for (const o of options) {
      if (left <= 0) break;
      if ('group' in o) {
        const items = o.items.filter((i) => hit(i, q)).slice(0, left);
        left -= items.length;
        if (items.length) out.push({ ...o, items });
      } else if (hit(o, q)) {
        out.push(o);
        left -= 1;
      }
    }
    return out;
  };
}

interface Scope {
  /** Only the consultant's own portfolio industries (everyone without a portfolio sees all). */
  portfolio?: boolean;
  /** Codes offered even outside the portfolio, e.g. the company's own industry. */
  include?: string[];
}

/** Options, a filter on code and both names, and what to say while loading or when nothing matches. */
function useIndustryPicker({ portfolio, include }: Scope) {
  const { t } = useTranslation();
  const industries = useIndustries();
  const { options, haystack, fetching, error } = industries;
  const includeKey = (include ?? []).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: include is compared by its codes
  const data = useMemo(() => options({ portfolio, include }), [options, portfolio, includeKey]);
  const filter = useMemo(() => industryFilter(haystack), [haystack]);
  return {
    data,
    filter,
    nothingFoundMessage: fetching ? t('common.loading') : t('pickers.noIndustries'),
    loadError: error ? t('common.error', { message: error.message }) : undefined,
  };
}

/** One DB07 division (two-digit code), searchable by code and by its Danish or English name. */
export function IndustrySelect({ portfolio, include, error, ...props }: Omit<SelectProps, 'data' | 'filter'> & Scope) {
  const { loadError, ...picker } = useIndustryPicker({ portfolio, include });
  return <Select searchable limit={100} error={error ?? loadError} {...picker} {...props} />;
}

/** Several DB07 divisions, searchable like IndustrySelect. */
export function IndustryMultiSelect({
  portfolio,
  include,
  error,
  ...props
}: Omit<MultiSelectProps, 'data' | 'filter'> & Scope) {
  const { loadError, ...picker } = useIndustryPicker({ portfolio, include });
  return <MultiSelect searchable limit={100} error={error ?? loadError} {...picker} {...props} />;
}
