import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../domain/codebook/default-codebook';

const dir = mkdtempSync(join(tmpdir(), 'concord-demo-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/demo-data.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('demo-data CLI', () => {
  it('writes a CSV with the header, one row per thread and an LLM labels file', () => {
    const out = join(dir, 'x.csv');
    const labels = join(dir, 'labels.csv');
    const result = run('--threads', '50', '--format', 'csv', '--out', out, '--labels-out', labels);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/50 threads, \d+ bytes \(csv\)/);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'thread_id',
      'user_prompts',
      'llm_label',
      'llm_model',
      'user_id',
      'department',
      'role',
      'created_at',
    ]);
    expect(parsed.data).toHaveLength(50);
    const names = new Set(DEFAULT_CATEGORIES.map((c) => c.name));
    expect(parsed.data.every((r) => names.has(r.llm_label ?? ''))).toBe(true);
    const labelRows = Papa.parse<Record<string, string>>(readFileSync(labels, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(labelRows.meta.fields).toEqual(['thread_id', 'label', 'model']);
    expect(labelRows.data.map((r) => r.thread_id)).toEqual(parsed.data.map((r) => r.thread_id));
  }, 60_000);

  it('writes JSONL with turns as arrays, the same threads for the same seed', () => {
    const out = join(dir, 'x.jsonl');
    expect(run('--threads', '20', '--seed', '3', '--format', 'jsonl', '--out', out).status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(20);
    const first = JSON.parse(lines[0] ?? '{}') as { thread_id: string; turns: unknown };
    expect(first.thread_id).toBe('T000001');
    expect(Array.isArray(first.turns)).toBe(true);
    const again = join(dir, 'y.jsonl');
    run('--threads', '20', '--seed', '3', '--format', 'jsonl', '--out', again);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  }, 60_000);

  it('fails with a clear message on a bad option', () => {
    const bad = run('--threads', 'many', '--out', join(dir, 'z.csv'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--threads must be an integer');
    const noOut = run('--threads', '5');
    expect(noOut.status).not.toBe(0);
    expect(noOut.stderr).toContain('--out FILE is required');
    expect(run('--format', 'xml', '--out', join(dir, 'z.csv')).stderr).toContain('--format must be one of');
  }, 60_000);
});
