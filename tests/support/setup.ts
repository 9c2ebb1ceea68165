import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';

// The suite runs on 2 cores, often beside a build: give findBy* the time a loaded machine needs.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}

// React only reports act() problems when told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Every Zustand store goes back to its initial state after each test (zustand's testing guide),
// so no test sees the overlay or draft another test left open.
const { storeResets } = vi.hoisted(() => ({ storeResets: new Set<() => void>() }));
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const createStore = <T>(creator: Zustand.StateCreator<T>) => {
    const store = zustand.create(creator);
    const initial = store.getInitialState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  // `create(creator)` and the curried `create<T>()(creator)` alike.
  const create = (<T>(creator?: Zustand.StateCreator<T>) =>
    creator ? createStore(creator) : createStore) as unknown as typeof zustand.create;
  return { ...zustand, create };
});

afterEach(async () => {
  // Testing Library does not clean up by itself without vitest globals.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  storeResets.forEach((reset) => reset());
});
