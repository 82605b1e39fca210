import '@mantine/core/styles.css';
import './styles.css';
import './i18n/index.js';
import { createTheme, MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider as UrqlProvider } from 'urql';
import { App } from './app/App.js';
import { AuthProvider } from './app/auth.js';
import { createClient } from './app/client.js';

// Darker primary shades keep text on buttons above WCAG AA contrast.
const theme = createTheme({ primaryColor: 'teal', primaryShade: 8, fontFamily: 'system-ui, sans-serif' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <UrqlProvider value={createClient()}>
        <AuthProvider>
          <App />
        </AuthProvider>
      </UrqlProvider>
    </MantineProvider>
  </StrictMode>,
);
