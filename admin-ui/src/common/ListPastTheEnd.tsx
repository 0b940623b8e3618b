import { useState, type ReactNode } from 'react';
import { Alert, Link, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

interface PastTheEnd {
  page: number;
  /** The list's filters, sort and page size when it happened: the notice belongs to that list only. */
  listKey: string;
}

/**
 * The list's rows, or, when the page asked for is past the end (an old link, `?page=999`, a filter that
 * shrank the list), a notice saying so with links to the last page and to page 1.
 *
 * react-admin's list controller answers such a page by quietly switching to page 1 (by design:
 * marmelab/react-admin#5987); an agent would then read page 1 as the page asked for. We let it switch,
 * remember the page that was asked for, and show the notice instead of page 1's rows until the reader
 * picks a page or changes the list.
 */
export function ListPastTheEnd({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const list = useListContext();
  const { page, perPage, total, data, isPending, isFetching, error, sort, setPage } = list;
  const [pastTheEnd, setPastTheEnd] = useState<PastTheEnd | null>(null);
  const listKey = JSON.stringify({ filterValues: list.filterValues as unknown, sort, perPage });
  const isEmptyPageAfterTheFirst = !isPending && !isFetching && !error && page > 1 && data?.length === 0;
  // Recorded while rendering, before the controller's effect replaces the page asked for with 1.
  if (isEmptyPageAfterTheFirst && (pastTheEnd?.page !== page || pastTheEnd.listKey !== listKey)) setPastTheEnd({ page, listKey });
  const shown = pastTheEnd && (page === 1 || page === pastTheEnd.page) && listKey === pastTheEnd.listKey ? pastTheEnd : null;
  // Forgotten once the reader has moved on (another page, filter or sort): coming back is a new list.
  if (pastTheEnd && !shown) setPastTheEnd(null);
  if (!shown) return children;

  const pages = total != null ? Math.max(1, Math.ceil(total / perPage)) : null;
  const go = (target: number) => {
    setPastTheEnd(null);
    setPage(target);
  };
  return (
    <Alert severity="warning" variant="outlined" role="status" sx={{ my: 2 }} data-testid="list-past-the-end">
      {pages === null
        ? translate('guichet.list.past_the_end', { page: shown.page })
        : translate('guichet.list.past_the_end_of', {
            page: shown.page,
            results: translate('guichet.list.results', { smart_count: total }),
            pages: translate('guichet.list.pages', { smart_count: pages }),
          })}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        {pages !== null && pages > 1 && (
          <Link component="button" type="button" variant="body2" onClick={() => go(pages)}>
            {translate('guichet.list.go_to_last_page', { page: pages })}
          </Link>
        )}
        <Link component="button" type="button" variant="body2" onClick={() => go(1)}>
          {translate('guichet.list.go_to_first_page')}
        </Link>
      </Stack>
    </Alert>
  );
}
