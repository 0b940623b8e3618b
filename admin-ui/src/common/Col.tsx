import { DataTable, useDataTableRenderContext, useDataTableSortContext, type DataTableColumnProps, type RaRecord } from 'react-admin';

/**
 * A list column whose header says it is sorted to assistive technology as well as with its arrow:
 * react-admin's DataTable draws the arrow but sets no `aria-sort`. MUI's TableCell writes `aria-sort`
 * from `sortDirection`; it is given to the sorted header cell only (on a body cell it is invalid ARIA).
 * Every list uses it (or StaticCol/SortableCol, built on it) so that the sorted column is marked alike.
 */
export function Col<RecordType extends RaRecord>(props: DataTableColumnProps<RecordType>) {
  const context = useDataTableRenderContext();
  const sort = useDataTableSortContext();
  const sorted = context === 'header' && !props.disableSort && sort !== undefined && sort.field === props.source;
  const header = sorted ? { sortDirection: sort.order === 'ASC' ? ('asc' as const) : ('desc' as const) } : {};
  return <DataTable.Col<RecordType> {...props} {...header} />;
}
