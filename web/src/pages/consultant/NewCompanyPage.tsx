import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { IndustrySelect } from '../../components/IndustrySelect.js';
import type { PartnershipTier, Sector } from '../../gql/graphql.js';
import { dynamicText } from '../../i18n/enums.js';
import { formContrast } from './contrast.js';
import { cvrProblem } from './cvr.js';
import { ConsultantCreateCompanyDocument } from './NewCompanyPage.operations.js';
import { applyServerErrors } from './serverErrors.js';

interface Values {
  cvr: string;
  name: string;
  industryCode: string | null;
  tier: PartnershipTier;
  sector: Sector;
  postcode: string;
  contactCadenceDays: number | string;
  mentorCount: number | string;
  contact: { name: string; title: string; email: string; phone: string };
}

const FIELDS = [
  'cvr',
  'name',
  'industryCode',
  'tier',
  'sector',
  'postcode',
  'contactCadenceDays',
  'mentorCount',
  'contact.name',
  'contact.title',
  'contact.email',
  'contact.phone',
];

/** Registers a partner company in the consultant's portfolio; CVR errors stand next to the field. */
export function NewCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, create] = useMutation(ConsultantCreateCompanyDocument);
  const [general, setGeneral] = useState<string | null>(null);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      cvr: '',
      name: '',
      industryCode: null,
      tier: 'CONTACT',
      sector: 'PRIVATE',
      postcode: '',
      contactCadenceDays: '',
      mentorCount: '',
      contact: { name: '', title: '', email: '', phone: '' },
    },
    validateInputOnBlur: ['cvr'],
    validate: {
      cvr: (v) => {
        const p = cvrProblem(v);
        return p ? dynamicText(t, p.key, p.values) : null;
      },
      name: (v) => (v.trim() ? null : t('consultant.newCompany.nameRequired')),
      industryCode: (v) => (v ? null : t('consultant.newCompany.industryRequired')),
      postcode: (v) => (/^\d{4}$/.test(v.trim()) ? null : t('consultant.newCompany.postcodeInvalid')),
      contact: {
        name: (v, values) =>
          !v.trim() && (values.contact.email || values.contact.phone || values.contact.title)
            ? t('consultant.newCompany.contactNameRequired')
            : null,
      },
    },
  });

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const contact = v.contact.name.trim()
      ? [
          {
            name: v.contact.name.trim(),
            title: v.contact.title.trim() || null,
            email: v.contact.email.trim() || null,
            phone: v.contact.phone.trim() || null,
          },
        ]
      : [];
    const result = await create({
      input: {
        cvr: v.cvr.replace(/\s+/g, ''),
        name: v.name.trim(),
        industryCode: v.industryCode ?? '',
        tier: v.tier,
        sector: v.sector,
        postcode: v.postcode.trim(),
        ...(v.contactCadenceDays !== '' ? { contactCadenceDays: Number(v.contactCadenceDays) } : {}),
        ...(v.mentorCount !== '' ? { mentorCount: Number(v.mentorCount) } : {}),
        ...(contact.length ? { contacts: contact } : {}),
      },
    });
    if (result.data?.createCompany) {
      navigate(`/consultant/companies/${result.data.createCompany.id}`);
      return;
    }
    setGeneral(
      applyServerErrors(result.error, form.setErrors, FIELDS, (f) =>
        f === 'contacts' ? 'contact.name' : f.replace(/^contacts\./, 'contact.'),
      ),
    );
  });

  return (
    <Stack maw={820} style={formContrast}>
      <Anchor component={Link} to="/consultant/companies" size="sm">
        {t('consultant.companies.back')}
      </Anchor>
      <Title order={2}>{t('consultant.newCompany.title')}</Title>
      <Text c="dimmed">{t('consultant.newCompany.intro')}</Text>
      <form onSubmit={submit} noValidate aria-label={t('consultant.newCompany.title')}>
        <Stack>
          <ErrorSummary errors={form.errors} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('consultant.company.cvr')}
              description={t('consultant.newCompany.cvrHint')}
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              data-testid="cvr-input"
              {...form.getInputProps('cvr')}
            />
            <TextInput label={t('consultant.company.name')} withAsterisk {...form.getInputProps('name')} />
            <IndustrySelect
              label={t('consultant.company.industry')}
              description={t('consultant.newCompany.industryHint')}
              portfolio
              withAsterisk
              {...form.getInputProps('industryCode')}
            />
            <TextInput
              label={t('consultant.company.postcode')}
              inputMode="numeric"
              maxLength={4}
              withAsterisk
              {...form.getInputProps('postcode')}
            />
            <Select
              label={t('consultant.company.tier')}
              data={(['PARTNER', 'COLLABORATION', 'CONTACT'] as const).map((v) => ({
                value: v,
                label: t(`consultant.enum.tier.${v}`),
              }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('tier')}
            />
            <Select
              label={t('consultant.company.sector')}
              data={(['PRIVATE', 'PUBLIC'] as const).map((v) => ({
                value: v,
                label: t(`consultant.enum.sector.${v}`),
              }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('sector')}
            />
            <NumberInput
              label={t('consultant.company.cadence')}
              description={t('consultant.newCompany.cadenceHint')}
              min={1}
              max={365}
              allowDecimal={false}
              {...form.getInputProps('contactCadenceDays')}
            />
            <NumberInput
              label={t('consultant.company.mentors')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('mentorCount')}
            />
          </SimpleGrid>
          <Fieldset legend={t('consultant.newCompany.contactLegend')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('consultant.contact.name')} {...form.getInputProps('contact.name')} />
              <TextInput label={t('consultant.contact.title')} {...form.getInputProps('contact.title')} />
              <TextInput
                label={t('consultant.contact.email')}
                type="email"
                autoComplete="off"
                {...form.getInputProps('contact.email')}
              />
              <TextInput
                label={t('consultant.contact.phone')}
                type="tel"
                autoComplete="off"
                {...form.getInputProps('contact.phone')}
              />
            </SimpleGrid>
          </Fieldset>
          {general && (
            <Alert color="red" role="alert" title={t('consultant.form.failed')}>
              {general}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.fetching} data-testid="create-company">
              {t('consultant.newCompany.submit')}
            </Button>
            <Button component={Link} to="/consultant/companies" variant="default">
              {t('consultant.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
