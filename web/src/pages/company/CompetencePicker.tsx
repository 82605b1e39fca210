import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CompanyCompetencesDocument } from './reference.operations.js';

export interface CompetenceOption {
  id: string;
  name: string;
}

/**
 * A searchable multi-select over the competence catalogue: the server searches names, English names
 * and synonyms (what people really type), so options are not filtered again in the browser.
 * `known` gives the names of competences already chosen (e.g. when editing).
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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: CompanyCompetencesDocument,
    variables: { search: debounced || null },
    requestPolicy: 'cache-first',
  });
  const names = useRef(new Map<string, string>());
  for (const k of known ?? []) names.current.set(k.id, k.name);
  for (const c of data?.competences ?? []) names.current.set(c.id, c.name);

  const options = useMemo(() => {
    const found = (data?.competences ?? []).map((c) => ({ value: c.id, label: c.name }));
    const foundIds = new Set(found.map((o) => o.value));
    const picked = value
      .filter((id) => !foundIds.has(id))
      .map((id) => ({ value: id, label: names.current.get(id) ?? id }));
    return [...picked, ...found];
  }, [data, value]);

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
      nothingFoundMessage={fetching ? t('company.taskForm.searching') : t('company.taskForm.nothingFound')}
      {...props}
    />
  );
}
