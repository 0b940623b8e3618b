import { BooleanInput, DataTable, List, SelectInput, TextField } from 'react-admin';
import { EnumChip } from '../../common/EnumChip';
import { enumChoices } from '../../common/enums';
import { ListPagination } from '../../common/ListPagination';
import { ListLoadError } from '../../common/ListLoadError';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';
import { severityColors, statusColors } from './flagColors';

const flagFilters = [
  <BooleanInput key="isActive" source="isActive" alwaysOn />,
  <SelectInput key="severity" source="severity" choices={enumChoices('flagSeverity')} alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('flagStatus')} />,
  <SelectInput key="rule" source="rule" choices={enumChoices('flagRule')} />,
];

const Column = DataTable.Col<FlagRow>;

/** The queue (SPEC §4.6): open and investigating flags, most severe first, then oldest first. */
export function FlagList() {
  return (
    <List<FlagRow>
      filters={flagFilters}
      filterDefaultValues={{ isActive: true }}
      sort={{ field: 'severity', order: 'DESC' }}
      perPage={25}
      error={<ListLoadError />}
      pagination={<ListPagination />}
      exporter={false}
    >
      <DataTable<FlagRow> rowClick="show" bulkActionButtons={false}>
        <Column source="id" />
        <Column source="severity">
          <EnumChip source="severity" enumName="flagSeverity" colors={severityColors} />
        </Column>
        <Column source="rule" disableSort>
          <EnumChip source="rule" enumName="flagRule" />
        </Column>
        <Column source="nicHandle" disableSort>
          <TextField source="nicHandle" sx={{ fontFamily: 'monospace' }} />
        </Column>
        <Column source="status" disableSort>
          <EnumChip source="status" enumName="flagStatus" colors={statusColors} />
        </Column>
        <Column source="assigneeName" disableSort>
          <TextField source="assigneeName" emptyText="—" />
        </Column>
        <Column source="raisedAt" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="raisedAt" showTime />
        </Column>
      </DataTable>
    </List>
  );
}
