import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isFilled } from '../../components/openings.js';
import { type EnumGroup, enumLabel } from '../../i18n/enums.js';

const GROUP: Record<'task' | 'igu' | 'proposal' | 'placement', EnumGroup> = {
  task: 'taskStatus',
  igu: 'iguStatus',
  proposal: 'proposalStatus',
  placement: 'placementStatus',
};

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

/**
 * A status in words (the colour only repeats what the text says). Given `openingsLeft`, an open or
 * running task or IGU slot with every place taken reads "Besat" / "Filled".
 */
export function StatusBadge({
  kind,
  status: given,
  openingsLeft,
}: {
  kind: 'task' | 'igu' | 'proposal' | 'placement';
  status: string;
  openingsLeft?: number;
}) {
  const { t } = useTranslation();
  const filled = openingsLeft !== undefined && isFilled({ status: given, openingsLeft });
  const status = filled ? 'FILLED' : given;
  return (
    <Badge
      variant="dot"
      color={`${COLORS[status] ?? 'gray'}.7`}
      radius="sm"
      tt="none"
      size="md"
      data-testid={filled ? 'filled-badge' : undefined}
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {filled ? enumLabel(t, 'iguStatus', 'FILLED') : enumLabel(t, GROUP[kind], status)}
    </Badge>
  );
}
