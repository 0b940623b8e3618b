import type { DataTableColumnProps, RaRecord } from 'react-admin';
import { Col } from './Col';

/**
 * Related lists offer header sorting only on the columns the API can sort by: asking for any
 * other sort field is a 400. A column is therefore either explicitly sortable or static.
 */
export function StaticCol<RecordType extends RaRecord>(props: DataTableColumnProps<RecordType>) {
  return <Col<RecordType> {...props} disableSort />;
}

export function SortableCol<RecordType extends RaRecord>(props: DataTableColumnProps<RecordType>) {
  return <Col<RecordType> {...props} />;
}
