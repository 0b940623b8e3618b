import type { RaRecord } from 'react-admin';

const pollEveryMs = 5_000;

// Typed on RaRecord, not Message: related lists hand over generic records.
const isQueued = (record: RaRecord | undefined) => record?.status === 'queued';

/**
 * Query options for message lists: while a shown message is still queued, the list asks again
 * every few seconds, so "queued" turns into "sent" or "failed" without the agent reloading.
 */
export const refetchListWhileQueued = {
  refetchInterval: (query: { state: { data?: { data: RaRecord[] } } }) => (query.state.data?.data.some(isQueued) ? pollEveryMs : false),
};

/** The same for one message's page. */
export const refetchMessageWhileQueued = {
  refetchInterval: (query: { state: { data?: RaRecord } }) => (isQueued(query.state.data) ? pollEveryMs : false),
};
