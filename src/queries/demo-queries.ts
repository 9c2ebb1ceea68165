import { useMutation } from '@tanstack/react-query';
import { isDemoSeeded, seedDemoStudyOnce } from '../db/repos/demo-study';
import { defaultCodebook } from '../domain/codebook/default-codebook';
import { db } from './database';

export const DEMO_THREAD_COUNT = 2000;
export const DEMO_SEED = 20241;

/** Loads the demo study on the first run of this browser profile (never again once deleted). */
export function useSeedDemoStudy() {
  return useMutation({
    meta: { invalidates: 'everything' },
    mutationFn: async () => {
      if (await isDemoSeeded(db())) return null;
      // The generator is loaded only on the first run.
      const [{ generateDemoThreads }, { DEMO_LLM_MODEL }] = await Promise.all([
        import('../domain/demo/generate-threads'),
        import('../domain/demo/llm-labels'),
      ]);
      return seedDemoStudyOnce(db(), {
        name: 'Demo study: staff GPT-4o use (synthetic)',
        categories: defaultCodebook().categories,
        makeThreads: () => generateDemoThreads({ count: DEMO_THREAD_COUNT, seed: DEMO_SEED }),
        llmModel: DEMO_LLM_MODEL,
        now: new Date().toISOString(),
      });
    },
  });
}
