import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { UpdatePrompt } from './app/update-prompt';
import { createQueryClient } from './queries/query-client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
    <UpdatePrompt />
  </StrictMode>,
);
registerServiceWorker();
