import { useRef, useState } from 'react';
import { Button } from '../../../ui/button';

/** The generated methods paragraph, selectable, with a button that copies it. */
export function MethodsSection({ text }: { text: string }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const selectText = () => {
    const node = paragraph.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('Copied the methods paragraph.');
    } catch {
      // Without clipboard access (an insecure origin, a denied permission) the text is selected for Ctrl+C.
      selectText();
      setStatus('The browser did not allow copying: the paragraph is selected, press Ctrl+C (⌘C) to copy it.');
    }
  };
  return (
    <section aria-labelledby="methods-heading" className="space-y-2 print:break-inside-avoid">
      <h2 id="methods-heading" className="text-lg font-semibold">
        Methods
      </h2>
      <p className="text-sm text-slate-600 print:hidden">
        Generated from the numbers above, ready to paste into a manuscript and edit.
      </p>
      <p
        ref={paragraph}
        aria-label="Methods paragraph"
        className="rounded border border-slate-200 bg-white p-3 text-sm leading-relaxed print:border-0 print:p-0"
      >
        {text}
      </p>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Button onClick={() => void copy()}>Copy methods paragraph</Button>
        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
      </div>
    </section>
  );
}
