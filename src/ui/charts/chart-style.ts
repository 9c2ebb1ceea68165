/**
 * What every figure draws with. Figures are self-contained SVG (a paper figure carries no page
 * CSS, and the page's CSP blocks injected <style>): presentation attributes only.
 */
export const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 10;
export const INK = '#1e293b';
export const MUTED_INK = '#475569';
export const GRID = '#e2e8f0';
export const EMPTY_CELL = '#f1f5f9';

/**
 * A generous estimate of a text's width in pixels (Helvetica/Arial average ≈ 0.55 em, 0.6 keeps
 * margins safe), since a figure is laid out before, and without, a browser measuring it.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour. */
export function luminance(color: string): number {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = rgb ? rgb.slice(1).map(Number) : hex ? hex.slice(1).map((h) => parseInt(h, 16)) : null;
  if (!parts) throw new Error(`luminance: cannot read the colour ${color}`);
  const [r, g, b] = parts as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Black or white, whichever contrasts more with `background` (WCAG contrast ratio). */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
