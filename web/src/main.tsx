import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import './i18n/index.js';
import { Badge, type CSSVariablesResolver, createTheme, MantineProvider, Modal } from '@mantine/core';
import { type ReactNode, StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { App } from './app/App.js';
import { AuthProvider } from './app/auth.js';
import { createClient } from './app/client.js';

// Darker primary shades keep text on buttons above WCAG AA contrast.
const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily: 'system-ui, sans-serif',
  // People who ask their system for less motion get no animated dialogs or transitions.
  respectReducedMotion: true,
  components: {
    // Every dialog's close button gets a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Luk' } } }),
    // A badge is a word or two that must be read whole: a squeezed table column grows instead of
    // cutting "Aktiv" to "AK…" (Mantine's default label hides what does not fit). A badge longer than
    // its whole box (a phone) wraps between words instead of widening the page.
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0, maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)' },
        label: { overflow: 'visible', textOverflow: 'clip', whiteSpace: 'normal', overflowWrap: 'break-word' },
      },
    }),
  },
});

// WCAG 2.1 AA contrast (4.5:1) for Mantine's dimmed text and light/outline variants.
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-teal-light-color': '#05664a',
    // Yellow alerts' titles (Mantine's yellow.9 is 2.7:1 on the light yellow): 6.1:1.
    '--mantine-color-yellow-light-color': '#8f4700',
    '--mantine-color-teal-outline': '#087f5b',
    '--mantine-color-teal-filled-hover': '#05664a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-anchor': '#087f5b',
    '--mantine-color-placeholder': '#5c636a',
  },
  dark: {},
});

/**
 * A fresh GraphQL client per language: the server writes explanations, summaries and errors in the
 * reader's language, so switching language must refetch, not show the cached answers in the old one.
 */
function GraphqlProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client for each language is the point
  const client = useMemo(() => createClient(), [i18n.language]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <GraphqlProvider>
        <AuthProvider>
          <App />
        </AuthProvider>
      </GraphqlProvider>
    </MantineProvider>
  </StrictMode>,
);
