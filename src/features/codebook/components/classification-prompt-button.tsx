import { useId } from 'react';
import { classificationPrompt, PROMPT_OUTPUT_HEADER } from '../../../domain/codebook/classification-prompt';
import type { CodebookVersion } from '../../../domain/codebook/codebook';
import { downloadText } from '../../../lib/download';
import { Button } from '../../../ui/button';

/** The prompt an LLM run classifies with, from this version's definitions, so a new run uses the reviewers' words. */
export function ClassificationPromptButton({ latest }: { latest: CodebookVersion }) {
  const hintId = useId();
  return (
    <div className="space-y-1">
      <Button
        aria-describedby={hintId}
        onClick={() => downloadText(`classification-prompt-v${latest.version}.txt`, classificationPrompt(latest))}
      >
        Export classification prompt
      </Button>
      <p id={hintId} className="text-xs text-slate-600">
        A text file for the LLM pipeline: version {latest.version}&apos;s categories with their definitions and
        examples, what to answer when none fits, and the answer format (<code>{PROMPT_OUTPUT_HEADER}</code>), which the
        LLM labels import reads.
      </p>
    </div>
  );
}
