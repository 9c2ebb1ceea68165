/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { useAppUpdate } from './use-app-update';

/**
 * Registers the service worker that keeps the app usable offline (vite.config.ts). A new version
 * is only offered (src/app/update-prompt.tsx): it takes over when the reviewer clicks Reload.
 */
export function registerServiceWorker(): void {
  let applying = false;
  const { updateReady } = useAppUpdate.getState();
  const applyUpdate = registerSW({
    onNeedRefresh: () =>
      updateReady(() => {
        applying = true;
        void applyUpdate();
      }),
    // The new version has taken over: because of this tab's Reload, or another tab's. A tab in
    // the middle of a sitting keeps its code (already loaded) until its reviewer reloads it.
    onNeedReload: () => (applying ? window.location.reload() : updateReady(() => window.location.reload())),
    onRegisterError: (error: unknown) => console.error('The offline copy of Concord could not be installed', error),
  });
}
