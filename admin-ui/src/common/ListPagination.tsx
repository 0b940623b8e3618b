import { Pagination, useListContext, type PaginationProps } from 'react-admin';

/**
 * react-admin's pager; a list whose request failed shows none (the old "1-25 of 3,412" would describe
 * a list that is not on screen). A page past the end is said by ListPastTheEnd, above where the rows
 * would be. "More than N" for capped totals comes from the data provider (X-Total-Capped → partial
 * pagination).
 */
export function ListPagination(props: PaginationProps) {
  const { error } = useListContext();
  return error ? null : <Pagination {...props} />;
}
