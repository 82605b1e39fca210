import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ConsultantOpenOpeningsDocument } from './profile.operations.js';

/** An opening as the URL and the pickers carry it: `task:<id>` or `igu:<id>`. */
export type OpeningRef = { kind: 'task'; id: string } | { kind: 'iguSlot'; id: string };

export function parseOpening(value: string | null | undefined): OpeningRef | null {
  const m = /^(task|igu):([0-9a-f-]{36})$/i.exec(value ?? '');
  if (!m) return null;
  return m[1] === 'task' ? { kind: 'task', id: m[2]! } : { kind: 'iguSlot', id: m[2]! };
}

export const openingValue = (o: OpeningRef) => `${o.kind === 'task' ? 'task' : 'igu'}:${o.id}`;

/** The variables of an operation that takes one opening. */
export const openingVars = (o: OpeningRef) => (o.kind === 'task' ? { taskId: o.id } : { iguSlotId: o.id });

/** Where an opening's page (with its shortlist) lives. */
export const openingPath = (o: OpeningRef) =>
  o.kind === 'task' ? `/consultant/tasks/${o.id}` : `/consultant/igu-slots/${o.id}`;

export interface OpeningOption {
  value: string;
  label: string;
  title: string;
}

/** The portfolio's open tasks and IGU slots as grouped options. */
export function useOpenOpenings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantOpenOpeningsDocument });
  const option = (
    kind: 'task' | 'igu',
    n: { id: string; title: string; company: { name: string } },
  ): OpeningOption => ({
    value: `${kind}:${n.id}`,
    label: t('consultant.compare.option', { title: n.title, company: n.company.name }),
    title: n.title,
  });
  const tasks = data?.tasks.edges.map((e) => option('task', e.node)) ?? [];
  const slots = data?.iguSlots.edges.map((e) => option('igu', e.node)) ?? [];
  const groups = [
    ...(tasks.length ? [{ group: t('consultant.compare.tasks'), items: tasks }] : []),
    ...(slots.length ? [{ group: t('consultant.compare.iguSlots'), items: slots }] : []),
  ];
  const titleOf = (value: string | null) => [...tasks, ...slots].find((o) => o.value === value)?.title ?? '';
  return { groups, count: tasks.length + slots.length, titleOf, fetching, error, loaded: !!data };
}

/** A searchable choice of one of the portfolio's open openings. */
export function OpeningPicker({
  value,
  onChange,
  groups,
  ...rest
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  groups: ReturnType<typeof useOpenOpenings>['groups'];
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('consultant.compare.choose')}
      placeholder={t('consultant.compare.choosePlaceholder')}
      searchable
      clearable
      nothingFoundMessage={t('consultant.compare.noOpenings')}
      data={groups}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
