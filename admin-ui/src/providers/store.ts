import { localStorageStore, type Store } from 'react-admin';
import { timeZoneStoreKey } from '../common/timeZone';

const browserStore = localStorageStore(undefined, 'Guichet');

/**
 * react-admin's store, except that signing out (which resets it, so the next person at the
 * desk inherits no filters or recent searches) keeps the chosen language and time zone (they belong to the desk).
 */
export const store: Store = {
  ...browserStore,
  reset() {
    const locale: unknown = browserStore.getItem('locale');
    const timeZone: unknown = browserStore.getItem(timeZoneStoreKey);
    browserStore.reset();
    if (typeof locale === 'string') browserStore.setItem('locale', locale);
    if (typeof timeZone === 'string') browserStore.setItem(timeZoneStoreKey, timeZone);
  },
};
