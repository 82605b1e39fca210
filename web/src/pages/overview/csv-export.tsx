import { type SelectProps, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnyVariables, type TypedDocumentNode, useClient } from 'urql';
import { IndustrySelect } from '../../components/IndustrySelect.js';
import { downloadCsv } from './download.js';

/** The overview pages filter by DB07 division (two-digit code), searchable and clearable. */
export function IndustryFilter({
  label,
  value,
  onChange,
  testId,
  w,
}: {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  testId: string;
  w?: SelectProps['w'];
}) {
  const { t } = useTranslation();
  return (
    <IndustrySelect
      label={label}
      placeholder={t('overview.dashboard.industryPlaceholder')}
      value={value}
      onChange={onChange}
      clearable
      clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
      w={w}
      data-testid={testId}
    />
  );
}

/** What happened, kept as facts and put in words when shown: a language switch afterwards changes the words too. */
export type ExportOutcome = { ok: true; file: string } | { ok: false; message: string } | null;

/**
 * A CSV the server builds for the current filter, saved in the browser. Always asked of the network: an
 * export must hold what is true now, not what the cache held. `outcome` says what happened, in words.
 */
export function useCsvExport<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  csvOf: (data: Data) => string,
  fileName: string,
) {
  const client = useClient();
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>(null);

  async function run(variables: Variables) {
    setExporting(true);
    setOutcome(null);
    const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
    setExporting(false);
    if (result.error || !result.data) {
      const message = result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '';
      setOutcome({ ok: false, message });
      return;
    }
    const file = downloadCsv(fileName, csvOf(result.data));
    setOutcome({ ok: true, file });
  }

  return { exporting, outcome, run };
}

/** The line under an export button: the file saved, or why not (announced to screen readers). */
export function ExportOutcomeText({ outcome, mt }: { outcome: ExportOutcome; mt?: string }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return (
    <Text size="sm" mt={mt} c={outcome.ok ? undefined : 'red.8'} role="status">
      {outcome.ok
        ? t('overview.common.downloaded', { file: outcome.file })
        : t('overview.common.downloadFailed', { message: outcome.message })}
    </Text>
  );
}
