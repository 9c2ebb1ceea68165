import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { SampleId, StudyId } from '../../../domain/ids';
import { methodsParagraph, type MethodsInput } from '../../../domain/report/methods-paragraph';
import { reportCorrectionQueries } from '../../../queries/report-correction-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

interface Props {
  input: MethodsInput;
  studyId: StudyId;
  sampleIds: readonly SampleId[];
  /** The LLM runs comparison's sentence, when one is shown. */
  runSentence?: string | null;
}

/**
 * The generated methods paragraph, selectable, with a button that copies it; its sentence on the
 * corrected category shares joins it once the corpus worker has computed them, and the LLM runs
 * comparison's sentence ends it.
 */
export function MethodsSection({ input, studyId, sampleIds, runSentence }: Props) {
  const correction = useQuery(reportCorrectionQueries.shares(studyId, sampleIds));
  const text = [methodsParagraph({ ...input, correction: correction.data ?? null }), runSentence]
    .filter(Boolean)
    .join(' ');
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
      {correction.isPending && (
        <p role="status" className="text-sm text-slate-700 print:hidden">
          Correcting the category shares for the paragraph (10,000 draws)…
        </p>
      )}
      {correction.error && (
        <Alert tone="error" title="The corrected category shares could not be computed">
          {errorMessage(correction.error)}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Button onClick={() => void copy()}>Copy methods paragraph</Button>
        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
      </div>
    </section>
  );
}
