import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  DRAFT: 'gray',
  OPEN: 'teal',
  IN_PROGRESS: 'blue',
  SOLVED: 'grape',
  CLOSED: 'gray',
  FILLED: 'blue',
  PROPOSED: 'orange',
  SUGGESTED: 'gray',
  ACCEPTED: 'teal',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
  ACTIVE: 'teal',
  ENDED: 'gray',
};

/** A status in words (the colour only repeats what the text says). */
export function StatusBadge({ kind, status }: { kind: 'task' | 'igu' | 'proposal' | 'placement'; status: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="dot"
      color={`${COLORS[status] ?? 'gray'}.7`}
      radius="sm"
      tt="none"
      size="md"
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {t(`company.status.${kind}.${status}`)}
    </Badge>
  );
}
