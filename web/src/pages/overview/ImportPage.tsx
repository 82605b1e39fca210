import {
  Alert,
  Badge,
  Button,
  Collapse,
  FileInput,
  Group,
  List,
  Pagination,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { useAuth } from '../../app/auth.js';
import type { ImportExistingMode, ImportKind, OverviewPreviewImportQuery } from '../../gql/graphql.js';
import { dynamicText } from '../../i18n/enums.js';
import { formatPercent } from '../../i18n/format.js';
import { downloadCsv } from './download.js';
import { ImportExportTabs } from './ImportExportTabs.js';
import { IMPORT_COLUMNS, importKindsFor, MAX_SEND_BYTES, TEMPLATE } from './import-columns.js';
import { OverviewCommitImportDocument } from './OverviewCommitImport.operations.js';
import { OverviewPreviewImportDocument } from './OverviewPreviewImport.operations.js';
import { RolesOnly, STAFF } from './StaffOnly.js';

type Preview = OverviewPreviewImportQuery['previewImport'];
type RowError = Preview['rows'][number]['errors'][number];
interface Skipped {
  line: number;
  errors: RowError[];
}
interface Run {
  total: number;
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  skippedExisting: number;
  skipped: Skipped[];
  finished: boolean;
  error: string | null;
}

const PAGE_SIZE = 25;

/** /overview/import: CSV in, a row-by-row preview, then the whole file imported in one transaction. */
export function ImportPage() {
  return (
    <RolesOnly roles={STAFF}>
      <Importer />
    </RolesOnly>
  );
}

function Importer() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const client = useClient();
  const kinds = me ? importKindsFor(me.role) : [];
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'COMPANIES');
  const [onExisting, setOnExisting] = useState<ImportExistingMode>('UPDATE');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const reset = () => {
    setPreview(null);
    setCsv(null);
    setRun(null);
    setProblem(null);
  };

  async function showPreview() {
    reset();
    let text: string;
    try {
      text = file ? await file.text() : pasted;
    } catch (err) {
      setProblem(t('overview.import.readFailed', { message: (err as Error).message }));
      return;
    }
    if (!text.trim()) {
      setProblem(t('overview.import.empty'));
      return;
    }
    const size = new Blob([text]).size;
    if (size > MAX_SEND_BYTES) {
      setProblem(t('overview.import.tooBig', { size: Math.ceil(size / 1024), max: Math.floor(MAX_SEND_BYTES / 1024) }));
      return;
    }
    setLoading(true);
    const result = await client
      .query(OverviewPreviewImportDocument, { kind, csv: text, onExisting }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (result.error || !result.data) {
      setProblem(result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '');
      return;
    }
    setCsv(text);
    setPreview(result.data.previewImport);
  }

  async function runImport() {
    if (!preview || !csv) return;
    const state: Run = {
      total: preview.rows.length,
      done: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      skippedExisting: 0,
      skipped: [],
      finished: false,
      error: null,
    };
    setRun({ ...state });
    // One call, one transaction: the server writes every row or none.
    const result = await client.mutation(OverviewCommitImportDocument, { kind, csv, onExisting }).toPromise();
    const r = result.data?.commitImport;
    if (result.error || !r) {
      state.error = result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '';
    } else if (r.rejected) {
      state.error = t('overview.import.rejected', { count: r.errors.length });
      state.skipped = r.errors;
    } else {
      state.done = r.processed;
      state.created = r.created;
      state.updated = r.updated;
      state.unchanged = r.unchanged;
      state.skippedExisting = r.skipped;
    }
    state.finished = true;
    setRun(state);
  }

  const importing = !!run && !run.finished;
  const columns = IMPORT_COLUMNS[kind];

  return (
    <Stack>
      <Title order={2}>{t('overview.import.title')}</Title>
      <ImportExportTabs />
      <Text>{t('overview.import.intro')}</Text>

      <Paper withBorder p="md">
        <Stack>
          {kinds.length > 1 ? (
            <div>
              <Text id="import-kind-label" size="sm" fw={500} mb={4}>
                {t('overview.import.kind')}
              </Text>
              <SegmentedControl
                value={kind}
                onChange={(v) => {
                  setKind(v as ImportKind);
                  reset();
                }}
                disabled={importing}
                data={kinds.map((k) => ({ value: k, label: t(`overview.import.${k}`) }))}
                data-testid="import-kind"
                aria-labelledby="import-kind-label"
              />
            </div>
          ) : (
            <Text>
              <Text span fw={500}>
                {t('overview.import.kind')}
              </Text>{' '}
              {t(`overview.import.${kind}`)}
            </Text>
          )}

          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={0}
              onClick={() => setHelpOpen((o) => !o)}
              aria-expanded={helpOpen}
              aria-controls="import-columns-help"
            >
              {t('overview.import.columnsHelp')}
            </Button>
          </div>
          <Collapse expanded={helpOpen} id="import-columns-help">
            <Text size="sm">
              <Text span fw={600}>
                {t('overview.import.required')}:
              </Text>{' '}
              {columns.required.map((c) => dynamicText(t, `overview.columns.${c}`)).join(', ')}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('overview.import.optional')}:
              </Text>{' '}
              {columns.optional.map((c) => dynamicText(t, `overview.columns.${c}`)).join(', ')}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              mt="xs"
              onClick={() => downloadCsv(`skabelon-${kind.toLowerCase()}`, `${TEMPLATE[kind]}\r\n`)}
            >
              {t('overview.import.template')}
            </Button>
          </Collapse>

          <div>
            <Text id="import-existing-label" size="sm" fw={500}>
              {t('overview.import.existing')}
            </Text>
            <Text id="import-existing-description" size="xs" c="dimmed" mb={4}>
              {t('overview.import.existingDescription')}
            </Text>
            <SegmentedControl
              value={onExisting}
              onChange={(v) => {
                setOnExisting(v as ImportExistingMode);
                reset();
              }}
              disabled={importing}
              data={(['UPDATE', 'SKIP'] as const).map((m) => ({ value: m, label: t(`overview.import.${m}`) }))}
              data-testid="import-existing"
              aria-labelledby="import-existing-label"
              aria-describedby="import-existing-description"
            />
          </div>

          <FileInput
            label={t('overview.import.file')}
            description={t('overview.import.fileDescription')}
            placeholder={t('overview.import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={(f) => {
              setFile(f);
              reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            disabled={importing}
            data-testid="import-file"
          />
          <Textarea
            label={t('overview.import.paste')}
            description={t('overview.import.pasteDescription')}
            value={pasted}
            onChange={(e) => {
              setPasted(e.currentTarget.value);
              reset();
            }}
            rows={5}
            resize="vertical"
            disabled={importing || !!file}
            styles={{ input: { fontFamily: 'monospace' } }}
            data-testid="import-text"
          />
          {problem && (
            <Alert color="red" role="alert" data-testid="import-problem">
              {problem}
            </Alert>
          )}
          <Group>
            <Button onClick={showPreview} loading={loading} disabled={importing} data-testid="import-preview">
              {t('overview.import.preview')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {preview && preview.errorCount > 0 && <ErrorSummary preview={preview} kind={kind} />}

      {preview && <PreviewTable preview={preview} />}

      {preview && !run && preview.errorCount === 0 && (
        <Group>
          <Button onClick={runImport} disabled={preview.validCount === 0} data-testid="import-commit">
            {t('overview.import.commit', { count: preview.validCount })}
          </Button>
        </Group>
      )}

      {run && (
        <RunStatus
          run={run}
          onAgain={() => {
            setFile(null);
            setPasted('');
            reset();
          }}
        />
      )}
    </Stack>
  );
}

function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [page, setPage] = useState(1);
  const rows = onlyErrors ? preview.rows.filter((r) => r.errors.length) : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const header = (e: RowError) => e.column ?? (e.field === null ? t('overview.import.wholeRow') : e.field);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-preview-title">
      <Stack>
        <Title order={3} size="h4" id="import-preview-title">
          {t('overview.import.previewTitle')}
        </Title>
        <Text fw={500} role="status" data-testid="import-summary">
          {t('overview.import.summary', {
            total: preview.rows.length,
            valid: preview.validCount,
            errors: preview.errorCount,
          })}
        </Text>
        <Text size="sm" data-testid="import-counts">
          {t('overview.import.counts', {
            create: preview.createCount,
            update: preview.updateCount,
            unchanged: preview.unchangedCount,
            skip: preview.skipCount,
          })}
        </Text>
        {preview.ignoredColumns.length > 0 && (
          <Alert color="yellow" data-testid="import-ignored">
            {t('overview.import.ignored', { columns: preview.ignoredColumns.join(', ') })}
          </Alert>
        )}
        <Switch
          label={t('overview.import.onlyErrors')}
          checked={onlyErrors}
          onChange={(e) => {
            setOnlyErrors(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <Table.ScrollContainer minWidth={700}>
          <Table striped withTableBorder data-testid="import-table">
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('overview.import.tableCaption', { page: current, pages })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('overview.import.line')}</Table.Th>
                <Table.Th scope="col" miw={90}>
                  {t('overview.import.status')}
                </Table.Th>
                {preview.columns.map((c) => (
                  <Table.Th scope="col" key={c.key}>
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('overview.import.problems')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={preview.columns.length + 3}>{t('overview.import.noRows')}</Table.Td>
                </Table.Tr>
              )}
              {shown.map((r) => {
                const bad = new Set(r.errors.map((e) => e.field));
                return (
                  <Table.Tr key={r.line} data-testid={`import-row-${r.line}`}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>
                      {r.errors.length ? (
                        <Badge color="red.8" variant="filled" styles={{ label: { overflow: 'visible' } }}>
                          {t('overview.import.hasErrors')}
                        </Badge>
                      ) : (
                        <Badge
                          color={r.action === 'CREATE' || r.action === 'UPDATE' ? 'teal' : 'gray'}
                          variant="light"
                          styles={{ label: { overflow: 'visible' } }}
                          data-testid={`import-action-${r.line}`}
                        >
                          {r.action ? t(`overview.import.action.${r.action}`) : t('overview.import.ok')}
                        </Badge>
                      )}
                    </Table.Td>
                    {r.values.map((v) => (
                      <Table.Td
                        key={v.key}
                        bg={bad.has(v.key) ? 'red.0' : undefined}
                        fw={bad.has(v.key) ? 700 : undefined}
                        style={
                          bad.has(v.key) ? { textDecoration: 'underline wavy var(--mantine-color-red-8)' } : undefined
                        }
                      >
                        {v.value}
                      </Table.Td>
                    ))}
                    <Table.Td data-testid={`import-errors-${r.line}`}>
                      {r.errors.map((e) => (
                        <Text key={`${e.field}-${e.message}`} size="sm" c="red.9">
                          <Text span fw={700}>
                            {header(e)}:
                          </Text>{' '}
                          {e.message}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {pages > 1 && (
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`overview.import.${control}`) })}
            aria-label={t('overview.import.pages')}
          />
        )}
      </Stack>
    </Paper>
  );
}

const SUMMARY_ITEMS = 20;

/**
 * Every problem of the file at the top (the "fejlopsummering" pattern): line, column and what to do,
 * each linking to its row in the table, and the error file to fix the rows in a spreadsheet.
 */
function ErrorSummary({ preview, kind }: { preview: Preview; kind: ImportKind }) {
  const { t } = useTranslation();
  const items = preview.rows.flatMap((r) => r.errors.map((e) => ({ line: r.line, e })));
  return (
    <Alert
      color="red"
      variant="outline"
      title={t('overview.import.errorsTitle', { count: preview.errorCount })}
      data-testid="import-error-summary"
      component="section"
      aria-label={t('overview.import.errorsTitle', { count: preview.errorCount })}
    >
      <Stack gap="xs">
        <Text size="sm">{t('overview.import.errorsIntro')}</Text>
        <List size="sm" data-testid="import-error-list">
          {items.slice(0, SUMMARY_ITEMS).map(({ line, e }) => (
            <List.Item key={`${line}-${e.field}-${e.message}`}>
              {t('overview.import.errorItem', {
                line,
                column: e.column ?? (e.field === null ? t('overview.import.wholeRow') : e.field),
                message: e.message,
              })}
            </List.Item>
          ))}
        </List>
        {items.length > SUMMARY_ITEMS && (
          <Text size="sm">{t('overview.import.moreErrors', { count: items.length - SUMMARY_ITEMS })}</Text>
        )}
        {preview.errorCsv && (
          <Group gap="sm" align="center">
            <Button
              variant="filled"
              color="red.8"
              onClick={() => downloadCsv(`importfejl-${kind.toLowerCase()}`, preview.errorCsv ?? '')}
              data-testid="import-error-file"
            >
              {t('overview.import.errorFile')}
            </Button>
            <Text size="sm" style={{ flex: '1 1 20rem' }}>
              {t('overview.import.errorFileHelp')}
            </Text>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function RunStatus({ run, onAgain }: { run: Run; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  // One transaction: nothing to count while it runs, then all rows or none.
  const percent = formatPercent(run.finished && !run.error ? 1 : 0, i18n.language, 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-run-title">
      <Stack>
        <Title order={3} size="h4" id="import-run-title">
          {run.finished ? t('overview.import.doneTitle') : t('overview.import.running', { count: run.total })}
        </Title>
        <Progress
          value={100}
          striped={!run.finished}
          animated={!run.finished}
          size="xl"
          color={run.error ? 'red.8' : 'teal.8'}
          aria-label={
            run.finished ? t('overview.import.doneTitle') : t('overview.import.running', { count: run.total })
          }
          data-testid="import-progress"
          transitionDuration={200}
        />
        <Text size="sm" aria-live="polite" data-testid="import-progress-text">
          {run.finished
            ? t('overview.import.progressText', { percent, done: run.done, total: run.total })
            : t('overview.import.running', { count: run.total })}
        </Text>
        {run.finished && !run.error && (
          <Alert color="teal" role="status" data-testid="import-done">
            {t('overview.import.doneAll', {
              created: run.created,
              updated: run.updated,
              unchanged: run.unchanged,
              skipped: run.skippedExisting,
            })}
          </Alert>
        )}
        {run.error && (
          <Alert color="red" role="alert" data-testid="import-stopped">
            {t('overview.import.stopped', { message: run.error })}
          </Alert>
        )}
        {run.finished && run.skipped.length > 0 && (
          <>
            <Text fw={600}>{t('overview.import.skippedRows')}</Text>
            <List size="sm" data-testid="import-skipped">
              {run.skipped.flatMap((s) =>
                s.errors.map((e) => (
                  <List.Item key={`${s.line}-${e.field}-${e.message}`}>
                    {t('overview.import.errorItem', {
                      line: s.line,
                      column: e.column ?? (e.field === null ? t('overview.import.wholeRow') : e.field),
                      message: e.message,
                    })}
                  </List.Item>
                )),
              )}
            </List>
          </>
        )}
        {run.finished && (
          <Group>
            <Button variant="default" onClick={onAgain}>
              {t('overview.import.again')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
