import { AppList } from '../../common/AppList';
import { BooleanInput, DataTable, DateInput, SelectInput, useGetIdentity } from 'react-admin';
import { enumChoices } from '../../common/enums';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';
import { flagColumns } from './flagColumns';

/**
 * The queue's filters. Raised by and raised before are what the dashboard's tiles open with ("flags I
 * raised", "open for too long"): shown as inputs only while set, so the reader sees them and can
 * remove them.
 */
function useFlagFilters() {
  const { data: identity } = useGetIdentity();
  return [
    <BooleanInput key="isActive" source="isActive" alwaysOn />,
    <SelectInput key="severity" source="severity" choices={enumChoices('flagSeverity')} alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices('flagStatus')} />,
    <SelectInput key="rule" source="rule" choices={enumChoices('flagRule')} />,
    ...(identity ? [<SelectInput key="raisedBy" source="raisedBy" choices={[{ id: identity.id, name: identity.fullName ?? '' }]} />] : []),
    <DateInput key="raisedBefore" source="raisedBefore" />,
  ];
}

/** The queue (SPEC §4.6): open and investigating flags, most severe first, then oldest first. */
export function FlagList() {
  return (
    <AppList<FlagRow> filters={useFlagFilters()} filterDefaultValues={{ isActive: true }} sort={{ field: 'severity', order: 'DESC' }} perPage={25}>
      <DataTable<FlagRow> rowClick="show" bulkActionButtons={false}>
        {flagColumns({ inQueue: true })}
      </DataTable>
    </AppList>
  );
}
