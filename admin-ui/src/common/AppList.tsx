import { List, type ListProps, type RaRecord } from 'react-admin';
import { ListLoadError } from './ListLoadError';
import { ListPagination } from './ListPagination';
import { ListPastTheEnd } from './ListPastTheEnd';

/**
 * Every top-level list of the console: react-admin's List with the corrections an agent needs to
 * trust it: the reason a list failed instead of stale rows, no pager on a failed list, a page past the
 * end said in words. No bulk export from the browser: exports of personal data are audited server-side.
 */
export function AppList<RecordType extends RaRecord = RaRecord>({ children, ...props }: ListProps<RecordType>) {
  return (
    <List<RecordType> error={<ListLoadError />} pagination={<ListPagination />} exporter={false} {...props}>
      <ListPastTheEnd>{children}</ListPastTheEnd>
    </List>
  );
}
