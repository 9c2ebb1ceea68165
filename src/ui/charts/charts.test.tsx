// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { svgMarkup } from '../../lib/figure-download';
import { BarChart } from './bar-chart';
import { textColorOn } from './chart-style';
import { HeatMap } from './heat-map';

const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent);

/** A paper figure must stand alone: no stylesheet, no class, nothing the page's CSP would block. */
function expectSelfContained(svg: Element) {
  expect(svg.querySelector('style')).toBeNull();
  expect(svg.querySelector('[class]')).toBeNull();
  expect(svg.querySelector('[style]')).toBeNull();
  expect(svg.getAttribute('font-family')).toBe('Helvetica, Arial, sans-serif');
}

test('a heat map has one cell per value, the value printed in it, and contrasting text', () => {
  render(
    <HeatMap
      title="Confusion matrix"
      description="Rows gold, columns LLM"
      rowLabels={['a', 'b']}
      columnLabels={['a', 'b']}
      values={[
        [9, 1],
        [0, null],
      ]}
      cellText={(v) => (v === null ? '—' : String(v))}
      domain={[0, 9]}
      rowAxisTitle="Gold label"
      columnAxisTitle="LLM label"
    />,
  );
  const svg = screen.getByRole('img', { name: 'Confusion matrix' });
  expect(svg).toHaveAccessibleDescription('Rows gold, columns LLM');
  expect(svg.querySelector('title')).toHaveTextContent('Confusion matrix');
  expectSelfContained(svg);
  const cells = [...svg.querySelectorAll('g > rect')];
  expect(cells).toHaveLength(4);
  expect(texts(svg)).toEqual(expect.arrayContaining(['9', '1', '0', '—', 'Gold label', 'LLM label']));
  // The darkest cell (9) gets white text, the lightest (0) black.
  const cellText = (label: string) => [...svg.querySelectorAll('g > text')].find((t) => t.textContent === label)!;
  expect(cellText('9').getAttribute('fill')).toBe('#ffffff');
  expect(cellText('0').getAttribute('fill')).toBe('#000000');
  expect(cells[3]!.getAttribute('fill')).toBe('#f1f5f9');
});

test('a bar chart has one bar per defined value, its text, an interval whisker and axis ticks', () => {
  render(
    <BarChart
      title="F1 per category"
      description="F1"
      max={1}
      axisTitle="F1"
      tickFormat={(t) => t.toFixed(1)}
      bars={[
        { label: 'Coding', value: 0.8, text: '0.800 (n = 5)', interval: { lower: 0.5, upper: 1 } },
        { label: 'Email', sublabel: 'Administration › Docs', value: 0.4, text: '0.400 (n = 12)' },
        { label: 'Other', value: null, text: 'undefined (n = 0)' },
      ]}
    />,
  );
  const svg = screen.getByRole('img', { name: 'F1 per category' });
  expectSelfContained(svg);
  const bars = [...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') !== '#ffffff');
  expect(bars).toHaveLength(2);
  expect(Number(bars[0]!.getAttribute('width'))).toBeCloseTo(2 * Number(bars[1]!.getAttribute('width')));
  expect(texts(svg)).toEqual(
    expect.arrayContaining([
      'Coding',
      'Email',
      'Administration › Docs',
      '0.800 (n = 5)',
      '0.400 (n = 12)',
      'undefined (n = 0)',
      '0.0',
      '0.2',
      '1.0',
    ]),
  );
});

test('the downloaded SVG declares its namespace and keeps the drawing', () => {
  render(
    <HeatMap
      title="Kappa"
      description="d"
      rowLabels={['A', 'B']}
      columnLabels={['A', 'B']}
      values={[
        [null, 0.5],
        [0.5, null],
      ]}
      cellText={(v) => (v === null ? '' : v.toFixed(3))}
      domain={[0, 1]}
      rowAxisTitle="Rater"
      columnAxisTitle="Rater"
    />,
  );
  const markup = svgMarkup(screen.getByRole('img', { name: 'Kappa' }) as unknown as SVGSVGElement);
  expect(markup).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(markup).toContain('>0.500</text>');
  expect(markup).not.toMatch(/<style|class=/);
});

test('text colour follows contrast', () => {
  expect(textColorOn('rgb(8, 48, 107)')).toBe('#ffffff');
  expect(textColorOn('rgb(247, 251, 255)')).toBe('#000000');
  expect(textColorOn('#f1f5f9')).toBe('#000000');
});
