import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { localName } from '../i18n/names.js';
import { CompetencesDocument } from './reference.operations.js';

export interface CompetenceOption {
  id: string;
  name: string;
}

/**
 * The competence catalogue searched on the server (Danish and English names and synonyms: what people
 * really type), named in the UI's language. The answer is not filtered again in the browser.
 */
export function useCompetenceSearch() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: CompetencesDocument,
    variables: { search: debounced || null },
    requestPolicy: 'cache-first',
  });
  const found = useMemo<CompetenceOption[]>(
    () => (data?.competences ?? []).map((c) => ({ id: c.id, name: localName(c, language) })),
    [data, language],
  );
  return { search, setSearch, found, fetching };
}

/**
 * A searchable multi-select over the competence catalogue. `known` gives the names of competences
 * already chosen (e.g. when editing); `onChange` also hands over every name seen so far.
 */
export function CompetencePicker({
  value,
  onChange,
  known,
  ...props
}: Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string[];
  onChange: (ids: string[], names: Map<string, string>) => void;
  known?: CompetenceOption[];
}) {
  const { t } = useTranslation();
  const { search, setSearch, found, fetching } = useCompetenceSearch();
  const names = useRef(new Map<string, string>());
  for (const k of known ?? []) if (!names.current.has(k.id)) names.current.set(k.id, k.name);
  for (const c of found) names.current.set(c.id, c.name);

  const options = useMemo(() => {
    const foundIds = new Set(found.map((c) => c.id));
    const picked = value
      .filter((id) => !foundIds.has(id))
      .map((id) => ({ value: id, label: names.current.get(id) ?? id }));
    return [...picked, ...found.map((c) => ({ value: c.id, label: c.name }))];
  }, [found, value]);

  return (
    <MultiSelect
      searchable
      clearable
      data={options}
      value={value}
      onChange={(ids) => onChange(ids, names.current)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      limit={50}
      maxDropdownHeight={260}
      nothingFoundMessage={fetching ? t('pickers.searching') : t('pickers.noCompetences')}
      {...props}
    />
  );
}
