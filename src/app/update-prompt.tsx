import { useRoute } from 'wouter';
import { Button } from '../ui/button';
import { paths } from '../lib/paths';
import { useAppUpdate } from './use-app-update';

/** Offers a new version of the app; hidden while a labeling page is open, so never mid-sitting. */
export function UpdatePrompt() {
  const reload = useAppUpdate((s) => s.reload);
  const [labeling] = useRoute(paths.label.pattern);
  if (!reload || labeling) return null;
  return (
    <aside
      aria-label="New version"
      className="fixed right-4 bottom-4 z-50 flex items-center gap-3 rounded border border-slate-300 bg-white px-4 py-2 text-sm shadow-lg print:hidden"
    >
      <p role="status">A new version is ready.</p>
      <Button variant="primary" onClick={reload}>
        Reload
      </Button>
    </aside>
  );
}
