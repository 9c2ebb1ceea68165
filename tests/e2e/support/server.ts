import { preview, type PreviewServer } from 'vite';
import { couchdbProxy } from '../../../vite.config';

/**
 * Serves the built app (dist/) with the same headers as `npm start`, on a free port; with
 * `couchdbUrl`, `/couchdb/` is proxied to that server as CONCORD_COUCHDB_URL makes `npm start` do.
 */
export async function startPreviewServer(
  options: { couchdbUrl?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const proxy = options.couchdbUrl ? { proxy: couchdbProxy(options.couchdbUrl) } : {};
  const server: PreviewServer = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1', ...proxy },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('startPreviewServer: no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
