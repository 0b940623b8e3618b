import { AppList } from '../../common/AppList';
import { BooleanInput, DataTable, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/enums';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';
import { flagColumns } from './flagColumns';

const flagFilters = [
  <BooleanInput key="isActive" source="isActive" alwaysOn />,
  <SelectInput key="severity" source="severity" choices={enumChoices('flagSeverity')} alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('flagStatus')} />,
  <SelectInput key="rule" source="rule" choices={enumChoices('flagRule')} />,
];

/** The queue (SPEC §4.6): open and investigating flags, most severe first, then oldest first. */
export function FlagList() {
  return (
    <AppList<FlagRow> filters={flagFilters} filterDefaultValues={{ isActive: true }} sort={{ field: 'severity', order: 'DESC' }} perPage={25}>
      <DataTable<FlagRow> rowClick="show" bulkActionButtons={false}>
        {flagColumns({ inQueue: true })}
      </DataTable>
    </AppList>
  );
}
