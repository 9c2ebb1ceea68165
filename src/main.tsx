import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { UpdatePrompt } from './app/update-prompt';
import { applyTheme, readThemeChoice, watchSystemTheme } from './lib/theme';
import { createQueryClient } from './queries/query-client';
import './index.css';

// Before the first render, so a dark theme never flashes light (the CSP forbids an inline script).
applyTheme(readThemeChoice());
watchSystemTheme(() => applyTheme(readThemeChoice()));

const root = document.getElementById('root');
if (!root) throw new Error('main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
    <UpdatePrompt />
  </StrictMode>,
);
registerServiceWorker();
