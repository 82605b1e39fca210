import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CompanyIndustriesDocument } from './reference.operations.js';

/** A searchable select of DB07 divisions (two-digit codes), grouped by section. */
export function IndustrySelect({ error: fieldError, ...props }: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CompanyIndustriesDocument, requestPolicy: 'cache-first' });
  const options = useMemo(() => {
    const all = data?.industries ?? [];
    const sections = new Map(all.filter((i) => i.level === 'SECTION').map((i) => [i.code, i.name]));
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const i of all) {
      if (i.level !== 'DIVISION') continue;
      const group = i.section ? `${i.section} ${sections.get(i.section) ?? ''}`.trim() : '';
      const list = groups.get(group) ?? [];
      list.push({ value: i.code, label: `${i.code} ${i.name}` });
      groups.set(group, list);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [data]);
  return (
    <Select
      searchable
      data={options}
      nothingFoundMessage={fetching ? t('common.loading') : t('common.empty')}
      limit={100}
      error={fieldError ?? (error ? error.message : undefined)}
      {...props}
    />
  );
}
