/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

// Nothing leaves the origin: scripts, styles, workers, fetches and images all come from 'self'.
// The policy goes into the built page only: Vite's dev server injects an inline script for
// hot reload that a strict policy would block.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'concord-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Installable and offline (issue #12): the service worker precaches every built file, so after
// one visit the app opens and labels with the server gone. 'prompt': a new version waits until
// the reviewer reloads (src/app/update-prompt.tsx), never in the middle of a sitting. No inline
// register script (the CSP forbids it): src/main.tsx registers it.
function offlineApp(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Concord',
      short_name: 'Concord',
      description: "Physician reviewers validate an LLM's classifications, on their own machine.",
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f8fafc',
      theme_color: '#3730a3',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*'],
      // Workbox skips a larger file with only a warning, and the app would then fail offline
      // on that page; tests/e2e/offline.e2e.ts checks that nothing was skipped.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // CouchDB answers under /couchdb/ on the same origin (docs/sync.md): never the app's page.
      navigateFallbackDenylist: [/^\/couchdb\//],
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * CouchDB on the app's own origin, as the reverse proxy of a deployment serves it (docs/sync.md),
 * so the CSP keeps connect-src 'self': `/couchdb/<path>` goes to `<target>/<path>`.
 */
export function couchdbProxy(target: string): Record<string, ProxyOptions> {
  return { '/couchdb/': { target, changeOrigin: true, rewrite: (path) => path.replace(/^\/couchdb/, '') } };
}

const couchdbUrl = process.env.CONCORD_COUCHDB_URL;

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), offlineApp()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: {
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
    },
    ...(couchdbUrl ? { proxy: couchdbProxy(couchdbUrl) } : {}),
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    // 2 cores: a component test that takes 2 s alone can take 10 s beside a build.
    testTimeout: 20_000,
  },
});
