import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <main className="p-6"><h1 className="text-2xl font-semibold">Concord</h1></main>
  </StrictMode>,
);
