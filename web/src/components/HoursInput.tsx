import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Weekly hours as a person types them, in every form that asks for hours (hours plan, follow-up, the job of a
 * conversion): half hours, the reader's decimal separator (12,5 in Danish, 12.5 in English), never negative,
 * at most 37 a week. A form may loosen a default (a company's report leaves the range to the server's message).
 */
export function HoursInput(props: NumberInputProps) {
  const { i18n } = useTranslation();
  return (
    <NumberInput
      min={0}
      max={37}
      step={0.5}
      decimalScale={1}
      decimalSeparator={i18n.language === 'en' ? '.' : ','}
      allowNegative={false}
      {...props}
    />
  );
}
