import { describe, expect, it } from 'vitest';
import { monthlySeries } from './monthly-series.ts';
import { trendAlerts } from './trend-alerts.ts';

const at = (createdAt: string | null, label: string | null) => ({ createdAt, label });

describe('monthlySeries', () => {
  it('counts a category per UTC month with every month between present, zeros included', () => {
    const r = monthlySeries(
      [
        at('2023-11-30T23:59:59.000Z', 'Q'),
        at('2023-11-02T08:00:00.000Z', 'E'),
        at('2024-02-01T00:00:00.000Z', 'Q'),
        at(null, 'Q'),
        at('2024-01-15T10:00:00.000Z', null),
      ],
      'Q',
    );
    expect(r.series).toEqual([
      { month: '2023-11', count: 1, total: 2 },
      { month: '2023-12', count: 0, total: 0 },
      { month: '2024-01', count: 0, total: 0 },
      { month: '2024-02', count: 1, total: 1 },
    ]);
    expect([r.undated, r.unlabeled]).toEqual([1, 1]);
  });

  it('keeps to a given range, and feeds trendAlerts', () => {
    const threads = [
      ...['01', '02', '03'].flatMap((m) =>
        Array.from({ length: 100 }, (_, i) => at(`2024-${m}-10T00:00:00Z`, i < 5 ? 'Q' : 'E')),
      ),
      ...Array.from({ length: 100 }, (_, i) => at('2024-04-10T00:00:00Z', i < 30 ? 'Q' : 'E')),
    ];
    const { series } = monthlySeries(threads, 'Q', { from: '2023-12', to: '2024-04' });
    expect(series.map((m) => m.month)).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(trendAlerts(series).map((a) => a.flagged)).toEqual([false, false, false, false, true]);
  });

  it('gives an empty series without dated labeled threads, and refuses bad bounds', () => {
    expect(monthlySeries([at(null, 'Q')], 'Q').series).toEqual([]);
    expect(() => monthlySeries([], 'Q', { from: '2024-5' })).toThrow(/from must be a YYYY-MM month/);
    expect(() => monthlySeries([], 'Q', { from: '2024-05', to: '2024-04' })).toThrow(/from must not be after to/);
    expect(() => monthlySeries([at('May 2024', 'Q')], 'Q')).toThrow(/does not start with YYYY-MM/);
  });
});
