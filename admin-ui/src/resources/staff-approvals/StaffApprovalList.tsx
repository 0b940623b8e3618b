import { AppList } from '../../common/AppList';
import { Chip, Typography } from '@mui/material';
import { DataTable, SelectInput, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import { enumLabelKey } from '../../common/enums';
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

/** The person, and under it their address: one column instead of two that each wrapped at 1400 px. */
function PersonCell() {
  const approval = useRecordContext<StaffApproval>();
  if (!approval) return null;
  return (
    <>
      <Typography variant="body2">{approval.staffDisplayName}</Typography>
      <Typography variant="caption" color="text.secondary">
        {approval.staffEmail}
      </Typography>
    </>
  );
}

/** The role asked for, and the role held now when it differs ("Team lead, now Agent"). */
function RoleCell() {
  const approval = useRecordContext<StaffApproval>();
  const translate = useTranslate();
  if (!approval?.role) return null;
  const asked = translate(enumLabelKey('role', approval.role));
  if (!approval.currentRole || approval.currentRole === approval.role) return <>{asked}</>;
  return <>{translate('guichet.approvals.role_now', { asked, current: translate(enumLabelKey('role', approval.currentRole)) })}</>;
}

/** When it was asked, and by whom underneath. */
function AskedCell() {
  const approval = useRecordContext<StaffApproval>();
  const translate = useTranslate();
  if (!approval) return null;
  return (
    <>
      <LocaleDateField source="requestedAt" showTime />
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('guichet.approvals.asked_by', { name: approval.requestedByName ?? '' })}
      </Typography>
    </>
  );
}

const Column = Col<StaffApproval>;
const oneLine = { whiteSpace: 'nowrap' } as const;

/** SPEC §4.8: what admins asked for accounts that read customer data, for a second person to decide. */
export function StaffApprovalList() {
  const filters = [<SelectInput key="status" source="status" choices={useStatusChoices()} alwaysOn />];
  return (
    <AppList<StaffApproval> filters={filters} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'requestedAt', order: 'DESC' }}>
      <ApprovalTable />
    </AppList>
  );
}

/** Pending requests have no decider yet: that column (empty) gives its width to the others at 1400 px. */
function ApprovalTable() {
  const list = useListContext<StaffApproval>();
  const isPendingOnly = (list.filterValues as { status?: string }).status === 'pending';
  return (
    <DataTable<StaffApproval> rowClick={false} bulkActionButtons={false}>
      <Column source="staffDisplayName" disableSort>
        <PersonCell />
      </Column>
      <Column source="kind" disableSort sx={oneLine}>
        <KindText />
      </Column>
      <Column source="role" disableSort sx={oneLine}>
        <RoleCell />
      </Column>
      <Column source="requestedAt" sx={oneLine}>
        <AskedCell />
      </Column>
      <Column source="status" sx={oneLine}>
        <StatusChip />
      </Column>
      {!isPendingOnly && <Column source="decidedByName" disableSort sx={oneLine} />}
      <Column label="" disableSort sx={oneLine}>
        <DecideButtons />
      </Column>
    </DataTable>
  );
}
