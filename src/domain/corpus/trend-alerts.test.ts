import { describe, expect, it } from 'vitest';
import { trendAlerts, type MonthCount } from './trend-alerts.ts';

// A constructed series: a steady 5% share (10 of 200) for four months, a spike to 30 of 200 in
// May, then a small group's 4 of 10 in June. May: p₀ = 30/600 = .05, z = (30 − 10)/√(200·.05·.95)
// = 20/3.0822 = 6.489 > 3 with 30 ≥ 5: flagged. June: p₀ = (10 + 10 + 30)/600 = 1/12, z =
// (4 − 0.8333)/√(10·(1/12)·(11/12)) = 3.6324 > 3 but only 4 threads: not flagged.
const series: MonthCount[] = [
  { month: '2024-01', count: 10, total: 200 },
  { month: '2024-02', count: 10, total: 200 },
  { month: '2024-03', count: 10, total: 200 },
  { month: '2024-04', count: 10, total: 200 },
  { month: '2024-05', count: 30, total: 200 },
  { month: '2024-06', count: 4, total: 10 },
];

describe('trendAlerts', () => {
  it('flags the spike of the constructed series and nothing else', () => {
    const alerts = trendAlerts(series);
    expect(alerts.map((a) => a.flagged)).toEqual([false, false, false, false, true, false]);
    expect(alerts[3]!.z).toBe(0);
    expect(alerts[4]!.z).toBeCloseTo(20 / Math.sqrt(200 * 0.05 * 0.95), 12);
    expect(alerts[4]!.baselineShare).toBeCloseTo(0.05, 12);
    expect(alerts[4]!.share).toBe(0.15);
  });

  it('needs the minimum count even when z is over the threshold', () => {
    const june = trendAlerts(series)[5]!;
    expect(june.z).toBeCloseTo((4 - 10 / 12) / Math.sqrt(10 * (1 / 12) * (11 / 12)), 12);
    expect(june.z!).toBeGreaterThan(3);
    expect(june.flagged).toBe(false);
    expect(trendAlerts(series, { trailingMonths: 3, zAbove: 3, minCount: 4 })[5]!.flagged).toBe(true);
  });

  it('gives null z with a reason where there is no baseline', () => {
    const alerts = trendAlerts([
      { month: '2023-11', count: 0, total: 0 },
      { month: '2023-12', count: 0, total: 50 },
      { month: '2024-01', count: 0, total: 50 },
      { month: '2024-02', count: 6, total: 50 },
      { month: '2024-03', count: 0, total: 0 },
    ]);
    expect(alerts[0]!.reason).toMatch(/fewer than 3 earlier months/);
    expect(alerts[0]!.share).toBeNull();
    expect(alerts[3]).toMatchObject({
      z: null,
      baselineShare: 0,
      flagged: true,
      reason: expect.stringMatching(/never occurred/),
    });
    expect(alerts[4]).toMatchObject({ z: null, flagged: false, reason: expect.stringMatching(/no thread this month/) });
  });

  it('never flags a category that was every thread of the baseline', () => {
    const full = [1, 2, 3, 4].map((m) => ({ month: `2024-0${m}`, count: 20, total: 20 }));
    expect(trendAlerts(full)[3]).toMatchObject({ z: null, flagged: false, baselineShare: 1 });
  });

  it('refuses months that skip, repeat or are malformed, and impossible counts', () => {
    expect(() => trendAlerts([series[0]!, series[2]!])).toThrow(/consecutive \(2024-01 is followed by 2024-03\)/);
    expect(() => trendAlerts([{ month: '2024-13', count: 0, total: 1 }])).toThrow(/not a YYYY-MM month/);
    expect(() => trendAlerts([{ month: '2024-01', count: 3, total: 2 }])).toThrow(/0 ≤ count ≤ total/);
    expect(() =>
      trendAlerts([
        { month: '2023-12', count: 0, total: 1 },
        { month: '2024-01', count: 0, total: 1 },
      ]),
    ).not.toThrow();
  });
});
