import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAuth } from '../app/auth.js';
import { type Language, setLanguage } from '../i18n/index.js';
import { SetMyLanguageDocument } from './LanguageSwitch.operations.js';

/**
 * Dansk / English, on the login page and in the header. A logged-in user's choice is stored on the
 * server too, so its messages follow, and so does the next login on another machine.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const [, store] = useMutation(SetMyLanguageDocument);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={i18n.language}
      onChange={async (value) => {
        if (me) await store({ language: value });
        setLanguage(value as Language);
      }}
      data={[
        { value: 'da', label: 'DA' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
