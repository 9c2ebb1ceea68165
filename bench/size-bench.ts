// Size bench (issue #12): the JS of the first load, gzip, at most 200 KB. The first load is what
// the built index.html asks for before any page opens: its module script (the entry chunk) and
// the chunks Vite lists as its static imports (modulepreload); every page, with the XLSX
// library, d3 and the editors, is a chunk of its own loaded when its route opens (src/app/app.tsx).
// Over budget, the section prints FAIL and sets a failing exit code (the other sections still run).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { markdownTable } from './support/markdown-table';

const DIST = 'dist';
export const BUDGET_KB = 200;
export const KB = 1000;

/** The scripts index.html loads up front: the module entry and its modulepreload links. */
function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls = tags.flatMap((tag) => {
    const attr = (name: string) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) return [attr('src')!];
    if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) return [attr('href')!];
    return [];
  });
  if (urls.length === 0) throw new Error(`size bench: ${DIST}/index.html loads no module script; was the app built?`);
  return urls.map((url) => url.replace(/^\//, ''));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** The built first load: each script index.html loads up front, its size raw and gzip, and the gzip total. */
export function firstLoad(): { sizes: { file: string; raw: number; gzip: number }[]; total: number } {
  const initial = initialScripts(readFileSync(join(DIST, 'index.html'), 'utf8'));
  const sizes = initial.map((file) => ({ file, raw: readFileSync(join(DIST, file)).length, gzip: gzipBytes(file) }));
  return { sizes, total: sizes.reduce((sum, s) => sum + s.gzip, 0) };
}

export async function sizeBench(): Promise<void> {
  const { sizes, total } = firstLoad();
  const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const allGzip = allJs.reduce((sum, f) => sum + gzipBytes(join('assets', f)), 0);
  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  console.log(
    `size bench: the JS of the first load (index.html's module script and modulepreloads), gzip -9, 1 KB = ${KB} bytes\n`,
  );
  console.log(
    markdownTable([
      ['file', 'KB', 'KB gzip'],
      ...sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip)]),
      ['first load', kb(sizes.reduce((sum, s) => sum + s.raw, 0)), kb(total)],
    ]),
  );
  console.log(
    `\nevery chunk of the app and its workers: ${allJs.length} files, ${kb(allGzip)} KB gzip (loaded when needed)`,
  );
  const ok = total <= BUDGET_KB * KB;
  console.log(`first load ${kb(total)} KB gzip, budget ${BUDGET_KB} KB: ${ok ? 'ok' : 'FAIL, over budget'}`);
  if (!ok) process.exitCode = 1;
}
