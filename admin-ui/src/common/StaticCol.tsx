import { DataTable, type DataTableColumnProps, type RaRecord } from 'react-admin';

/**
 * Related lists offer header sorting only on the columns the API can sort by: asking for any
 * other sort field is a 400. A column is therefore either explicitly sortable or static.
 */
export function StaticCol<RecordType extends RaRecord>(props: DataTableColumnProps<RecordType>) {
  return <DataTable.Col<RecordType> {...props} disableSort />;
}

export function SortableCol<RecordType extends RaRecord>(props: DataTableColumnProps<RecordType>) {
  return <DataTable.Col<RecordType> {...props} />;
}
