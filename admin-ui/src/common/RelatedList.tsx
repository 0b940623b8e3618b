import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { ReferenceManyField, useTranslate, type ReferenceManyFieldProps, type SortPayload } from 'react-admin';
import { ListOrLoadError } from './ListLoadError';
import { ListPagination } from './ListPagination';
import { ListPastTheEnd } from './ListPastTheEnd';

interface RelatedListProps {
  /** The customer sub-resource, fetched with `filter={"customerId": <id>}`. */
  reference: string;
  sort?: SortPayload;
  /** Translation key of the text shown when the customer has none. */
  emptyText: string;
  title?: string;
  /** react-query options of the list request (e.g. refetching while something is pending). */
  queryOptions?: ReferenceManyFieldProps['queryOptions'];
  children: ReactNode;
}

/** One of the customer page's related lists: paginated, with readable empty and error states. */
export function RelatedList({ reference, sort, emptyText, title, queryOptions, children }: RelatedListProps) {
  const translate = useTranslate();
  return (
    <>
      {title && (
        <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
          {translate(title)}
        </Typography>
      )}
      <ReferenceManyField
        reference={reference}
        target="customerId"
        sort={sort}
        queryOptions={queryOptions}
        perPage={25}
        pagination={<ListPagination rowsPerPageOptions={[10, 25, 50, 100]} />}
        empty={
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            {translate(emptyText)}
          </Typography>
        }
      >
        {/* Not ReferenceManyField's `error` prop: setting it disables its `empty` (ra-core 5.15). */}
        <ListOrLoadError>
          <ListPastTheEnd>{children}</ListPastTheEnd>
        </ListOrLoadError>
      </ReferenceManyField>
    </>
  );
}
