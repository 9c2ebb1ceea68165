import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { downloadPng, downloadSvg } from '../../lib/figure-download';
import { Button } from '../button';
import { errorMessage } from '../error-message';

export interface ChartFigureProps {
  /** In words, lower case: "confusion matrix" gives "Download confusion matrix as SVG". */
  name: string;
  /** The downloaded file's name without extension. */
  fileName: string;
  caption: ReactNode;
  /** Draws the SVG, handing it the ref the downloads read. */
  children: (ref: RefObject<SVGSVGElement | null>) => ReactNode;
}

/** A figure with its caption and buttons to save it as SVG (for the paper) or PNG (2×, on white). */
export function ChartFigure({ name, fileName, caption, children }: ChartFigureProps) {
  const ref = useRef<SVGSVGElement>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (kind: 'svg' | 'png') => {
    setError(null);
    try {
      if (!ref.current) throw new Error('the figure is not drawn yet');
      if (kind === 'svg') downloadSvg(ref.current, fileName);
      else await downloadPng(ref.current, fileName);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <figure className="space-y-2 rounded border border-slate-200 bg-white p-3 print:break-inside-avoid print:border-0 print:p-0">
      {/* Focusable: a figure wider than a phone scrolls, and a keyboard user must reach it. */}
      <div
        role="region"
        aria-label={`${name} (scrollable)`}
        tabIndex={0}
        className="overflow-x-auto print:overflow-visible"
      >
        {children(ref)}
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      <div className="flex flex-wrap gap-2 print:hidden">
        <Button onClick={() => void save('svg')}>Download {name} as SVG</Button>
        <Button onClick={() => void save('png')}>Download {name} as PNG</Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          Could not save the {name}: {error}
        </p>
      )}
    </figure>
  );
}
