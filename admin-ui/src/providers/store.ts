import { localStorageStore, type Store } from 'react-admin';

const browserStore = localStorageStore(undefined, 'Guichet');

/**
 * react-admin's store, except that signing out (which resets it, so the next person at the
 * desk inherits no filters or recent searches) keeps the chosen language.
 */
export const store: Store = {
  ...browserStore,
  reset() {
    const locale: unknown = browserStore.getItem('locale');
    browserStore.reset();
    if (typeof locale === 'string') browserStore.setItem('locale', locale);
  },
};
