import { Badge, type BadgeProps } from '@mantine/core';
import { enumLabel } from '../../i18n/enums.js';

/** Badges in narrow table cells must never be cut to "I GA…": keep their full width. */
export const FULL_WIDTH: BadgeProps['style'] = { minWidth: 'max-content' };

/** A link inside a teal (success) alert: the anchor teal is 4.3:1 on its background, this is 6:1. */
export const LINK_ON_TEAL = 'var(--mantine-color-teal-light-color)';

import { useTranslation } from 'react-i18next';
import { isFilled } from '../../components/openings.js';
import type { PartnershipTier, ProposalStatus, TaskStatus } from '../../gql/graphql.js';

/** Status words always carry the meaning; colour only repeats it. */
const PROPOSAL_COLORS: Record<ProposalStatus, string> = {
  SUGGESTED: 'gray.7',
  PROPOSED: 'blue.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
  WITHDRAWN: 'gray.7',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge style={FULL_WIDTH} color={PROPOSAL_COLORS[status]} variant="filled" data-testid="proposal-status">
      {enumLabel(t, 'proposalStatus', status)}
    </Badge>
  );
}

const TASK_COLORS: Record<TaskStatus, string> = {
  DRAFT: 'gray.7',
  OPEN: 'teal.9',
  IN_PROGRESS: 'blue.9',
  SOLVED: 'grape.8',
  CLOSED: 'gray.7',
};

/** A task's status; an open or running task with every place taken reads "Besat" / "Filled". */
export function TaskStatusBadge({ status, openingsLeft }: { status: TaskStatus; openingsLeft?: number }) {
  const { t } = useTranslation();
  if (openingsLeft !== undefined && isFilled({ status, openingsLeft })) return <FilledBadge />;
  return (
    <Badge style={FULL_WIDTH} color={TASK_COLORS[status]} variant="filled">
      {enumLabel(t, 'taskStatus', status)}
    </Badge>
  );
}

export function IguStatusBadge({
  status,
  openingsLeft,
}: {
  status: 'OPEN' | 'FILLED' | 'CLOSED';
  openingsLeft?: number;
}) {
  const { t } = useTranslation();
  if (openingsLeft !== undefined && isFilled({ status, openingsLeft })) return <FilledBadge />;
  return (
    <Badge style={FULL_WIDTH} color={status === 'OPEN' ? 'teal.9' : 'gray.7'} variant="filled">
      {enumLabel(t, 'iguStatus', status)}
    </Badge>
  );
}

/** Every place taken: the same word as an IGU slot's FILLED status. */
export function FilledBadge() {
  const { t } = useTranslation();
  return (
    <Badge style={FULL_WIDTH} color="gray.7" variant="filled" data-testid="filled-badge">
      {enumLabel(t, 'iguStatus', 'FILLED')}
    </Badge>
  );
}

export function TierBadge({ tier }: { tier: PartnershipTier }) {
  const { t } = useTranslation();
  return (
    <Badge
      style={FULL_WIDTH}
      variant="outline"
      color={tier === 'PARTNER' ? 'teal.9' : tier === 'COLLABORATION' ? 'blue.9' : 'gray.7'}
    >
      {t(`consultant.enum.tier.${tier}`)}
    </Badge>
  );
}

/** The contact cadence is exceeded: a word, an icon-free badge, never colour alone. */
export function ContactDueBadge({ due }: { due: boolean }) {
  const { t } = useTranslation();
  if (!due) return null;
  return (
    <Badge style={FULL_WIDTH} color="red.9" variant="filled" data-testid="contact-due">
      {t('consultant.company.contactDue')}
    </Badge>
  );
}
