import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelLabel } from '../../i18n/enums.js';

/** What an opening (task or IGU slot) requires: each competence with its least level, or that it requires none. */
export function RequiredCompetences({
  required,
}: {
  required: { competenceId: string; name: string; minLevel: number }[];
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="required-competences">
      <Text size="sm" c="dimmed" mb={4}>
        {t('consultant.task.required')}
      </Text>
      {required.length === 0 ? (
        <Text size="sm">{t('consultant.task.noRequired')}</Text>
      ) : (
        <Group gap="xs">
          {required.map((r) => (
            <Badge key={r.competenceId} variant="outline" color="teal.9" tt="none">
              {r.name} · {levelLabel(t, r.minLevel)}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
