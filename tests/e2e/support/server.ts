import { preview, type PreviewServer } from 'vite';

/** Serves the built app (dist/) with the same headers as `npm start`, on a free port. */
export async function startPreviewServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('startPreviewServer: no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
