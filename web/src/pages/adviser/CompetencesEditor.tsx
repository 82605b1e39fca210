import { Button, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCompetenceSearch } from '../../components/CompetencePicker.js';
import type { Evidence } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';

export interface CompetenceValue {
  competenceId: string;
  name: string;
  level: number;
  evidence: Evidence;
}

export const LEVELS = ['1', '2', '3', '4'] as const;
export const EVIDENCES: Evidence[] = ['SELF_REPORTED', 'OBSERVED_IN_PLACEMENT', 'CERTIFIED'];

/** The person's competences: pick from the catalogue, then a level (1–4) and how it was shown. */
export function CompetencesEditor({
  value,
  onChange,
  error,
}: {
  value: CompetenceValue[];
  onChange: (next: CompetenceValue[]) => void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const { search, setSearch, found, fetching } = useCompetenceSearch();
  const chosen = new Set(value.map((c) => c.competenceId));
  const options = found.filter((c) => !chosen.has(c.id)).map((c) => ({ value: c.id, label: c.name }));

  const update = (i: number, patch: Partial<CompetenceValue>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <Stack gap="sm" data-testid="competences-editor">
      <Select
        label={t('adviser.competences.pick')}
        placeholder={t('adviser.competences.pickPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={null}
        limit={40}
        filter={({ options: o }) => o}
        nothingFoundMessage={fetching ? t('common.loading') : t('adviser.competences.nothingFound')}
        onChange={(id) => {
          const picked = found.find((c) => c.id === id);
          if (picked)
            onChange([...value, { competenceId: picked.id, name: picked.name, level: 2, evidence: 'SELF_REPORTED' }]);
          setSearch('');
        }}
        data-testid="competence-picker"
      />
      {value.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('adviser.competences.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('adviser.competences.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adviser.competences.name')}</Table.Th>
                <Table.Th scope="col">{t('adviser.competences.level')}</Table.Th>
                <Table.Th scope="col">{t('adviser.competences.evidence')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('adviser.common.remove')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((c, i) => (
                <Table.Tr key={c.competenceId}>
                  <Table.Th scope="row" fw={500}>
                    {c.name}
                  </Table.Th>
                  <Table.Td>
                    <Select
                      aria-label={t('adviser.competences.levelFor', { name: c.name })}
                      data={LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))}
                      value={String(c.level)}
                      allowDeselect={false}
                      onChange={(v) => v && update(i, { level: Number(v) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('adviser.competences.evidenceFor', { name: c.name })}
                      data={EVIDENCES.map((e) => ({ value: e, label: enumLabel(t, 'evidence', e) }))}
                      value={c.evidence}
                      allowDeselect={false}
                      onChange={(v) => v && update(i, { evidence: v as Evidence })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      c="red.9"
                      size="xs"
                      aria-label={t('adviser.competences.removeFor', { name: c.name })}
                      onClick={() => onChange(value.filter((_, j) => j !== i))}
                    >
                      {t('adviser.common.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
