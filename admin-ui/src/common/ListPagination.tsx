import { useEffect } from 'react';
import { Pagination, useListContext, useNotify, type PaginationProps } from 'react-admin';

/**
 * react-admin's pager, with two corrections for an agent who must trust what the screen says:
 * - a list whose request failed shows no pager (the old "1-25 of 3,412" would describe a list that
 *   is not on screen);
 * - a page past the end (an old link, a list that shrank) is said in words: react-admin quietly
 *   goes back to page 1, which looks like the page asked for.
 * "More than N" for capped totals comes from the data provider (X-Total-Capped → partial pagination).
 */
export function ListPagination(props: PaginationProps) {
  const { error } = useListContext();
  usePastTheEndNotice();
  return error ? null : <Pagination {...props} />;
}

function usePastTheEndNotice() {
  const { page, perPage, total, data, isPending, isFetching, error } = useListContext();
  const notify = useNotify();
  const isPastTheEnd = !isPending && !isFetching && !error && page > 1 && data !== undefined && data.length === 0;
  useEffect(() => {
    if (!isPastTheEnd) return;
    const pages = total ? Math.ceil(total / perPage) : null;
    notify(pages ? 'guichet.list.past_the_end_of' : 'guichet.list.past_the_end', { type: 'warning', messageArgs: { page, pages, smart_count: pages ?? 1 } });
  }, [isPastTheEnd, page, perPage, total, notify]);
}
