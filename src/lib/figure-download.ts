import { downloadBlob } from './download';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The SVG element as a standalone file: serialized with its namespace declared, so it opens in
 * a browser, Inkscape or Illustrator and can go into a manuscript as it is. The figure must draw
 * with presentation attributes only (no CSS classes, no <style>): nothing of the page's styles
 * travels with the file.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  const text = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** Saves the figure as `<baseName>.svg`. */
export function downloadSvg(svg: SVGSVGElement, baseName: string): void {
  downloadBlob(`${baseName}.svg`, new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Width and height in CSS pixels, from the width/height attributes (else the viewBox). */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  throw new Error('downloadPng: the figure has no width and height');
}

/**
 * Saves the figure as `<baseName>.png` at `scale` times its size (2: sharp in print and on
 * high-density screens), on white. The SVG is drawn from a blob: URL (the page's CSP allows
 * blob: images), then read back from the canvas.
 */
export async function downloadPng(svg: SVGSVGElement, baseName: string, scale = 2): Promise<void> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('downloadPng: the browser could not draw the figure'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('downloadPng: no 2D canvas in this browser');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('downloadPng: the browser could not encode the PNG');
    downloadBlob(`${baseName}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
