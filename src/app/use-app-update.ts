import { create } from 'zustand';

interface AppUpdate {
  /** Set once a new version is installed and waiting: applies it and reloads the page. */
  reload: (() => void) | null;
  updateReady: (reload: () => void) => void;
}

export const useAppUpdate = create<AppUpdate>((set) => ({
  reload: null,
  updateReady: (reload) => set({ reload }),
}));

export const resetAppUpdate = () => useAppUpdate.setState({ reload: null });
