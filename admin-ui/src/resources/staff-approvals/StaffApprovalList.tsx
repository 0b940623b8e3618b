import { AppList } from '../../common/AppList';
import { Chip } from '@mui/material';
import { DataTable, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { EnumText } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { StaffApproval } from '../../../../server/modules/staff-approvals/staff-approvals.repository';
import { DecideButtons } from './DecideButtons';
import { Col } from '../../common/Col';

function KindText() {
  const approval = useRecordContext<StaffApproval>();
  const translate = useTranslate();
  return approval ? <>{translate(`guichet.approvals.kinds.${approval.kind}`)}</> : null;
}

function StatusChip() {
  const approval = useRecordContext<StaffApproval>();
  const translate = useTranslate();
  if (!approval) return null;
  const color = approval.status === 'pending' ? 'warning' : approval.status === 'approved' ? 'success' : 'default';
  return <Chip size="small" color={color} label={translate(`guichet.approvals.statuses.${approval.status}`)} />;
}

function useStatusChoices() {
  const translate = useTranslate();
  return (['pending', 'approved', 'rejected'] as const).map((id) => ({ id, name: translate(`guichet.approvals.statuses.${id}`) }));
}

const Column = Col<StaffApproval>;

/** SPEC §4.8: what admins asked for accounts that read customer data, for a second person to decide. */
export function StaffApprovalList() {
  const filters = [<SelectInput key="status" source="status" choices={useStatusChoices()} alwaysOn />];
  return (
    <AppList<StaffApproval> filters={filters} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'requestedAt', order: 'DESC' }}>
      <DataTable<StaffApproval> rowClick={false} bulkActionButtons={false}>
        <Column source="staffDisplayName" disableSort />
        <Column source="staffEmail" disableSort />
        <Column source="kind" disableSort>
          <KindText />
        </Column>
        <Column source="role" disableSort>
          <EnumText source="role" enumName="role" />
        </Column>
        <Column source="currentRole" disableSort>
          <EnumText source="currentRole" enumName="role" />
        </Column>
        <Column source="requestedByName" disableSort />
        <Column source="requestedAt">
          <LocaleDateField source="requestedAt" showTime />
        </Column>
        <Column source="status">
          <StatusChip />
        </Column>
        <Column source="decidedByName" disableSort />
        <Column label="" disableSort>
          <DecideButtons />
        </Column>
      </DataTable>
    </AppList>
  );
}
