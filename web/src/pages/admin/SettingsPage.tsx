import { Badge, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { AdminPage, AdminTable } from './AdminShell.js';
import { AdminSettingsDocument } from './admin.operations.js';

/** /admin/settings: the configuration as loaded at start, read-only, with where each value came from. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.settings.title')}>
      <Settings />
    </AdminPage>
  );
}

function Settings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AdminSettingsDocument });
  return (
    <Stack>
      <Text>{t('admin.settings.intro')}</Text>
      <QueryState fetching={fetching && !data} error={error} />
      {data && (
        <AdminTable
          minWidth={640}
          testId="settings-table"
          caption={t('admin.settings.caption')}
          columns={[t('admin.settings.name'), t('admin.settings.value'), t('admin.settings.source')]}
        >
          {data.settings.map((s) => (
            <Table.Tr key={s.name} data-testid={`setting-${s.name}`}>
              <Table.Th scope="row" ff="monospace" fw={500}>
                {s.name}
              </Table.Th>
              <Table.Td ff="monospace">
                {s.value != null ? (
                  breakAfterSeparators(s.value)
                ) : (
                  <Text span c="dimmed" fs="italic">
                    {t('admin.settings.notSet')}
                  </Text>
                )}
                {s.secret && (
                  <Badge ml="xs" size="sm" variant="outline" color="gray.8">
                    {t('admin.settings.secret')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text span fw={s.source === 'ENV' ? 600 : 400}>
                  {t(`admin.settings.sources.${s.source}`)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
    </Stack>
  );
}

/**
 * A long value ("INTERNSHIP:INTERNSHIP,WAGE_SUBSIDY:SUBSIDISED,…", a URL) may break after a comma or a
 * slash, so a line ends between two entries, not inside a word.
 */
function breakAfterSeparators(value: string) {
  return value.split(/(?<=[,/])/).map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
