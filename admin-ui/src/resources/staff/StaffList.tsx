import { AppList } from '../../common/AppList';
import { Chip } from '@mui/material';
import { BooleanField, DataTable, NullableBooleanInput, SearchInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { EnumText } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { StaffMember } from '../../../../server/modules/staff/staff.repository';
import { PendingApprovals } from './PendingApprovals';
import { roleChoices } from './staffChoices';
import { Col } from '../../common/Col';

function LockedUntil() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  const isLocked = member?.lockedUntil != null && new Date(member.lockedUntil) > new Date();
  if (!isLocked) return null;
  return (
    <>
      <Chip size="small" color="error" label={translate('guichet.staff.locked')} sx={{ mr: 1 }} />
      <LocaleDateField source="lockedUntil" showTime />
    </>
  );
}

const staffFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="isActive" source="isActive" />,
];

const Column = Col<StaffMember>;

export function StaffList() {
  return (
    <AppList<StaffMember> filters={staffFilters} sort={{ field: 'displayName', order: 'ASC' }} perPage={25}>
      <DataTable<StaffMember> rowClick="edit" bulkActionButtons={false}>
        <Column source="displayName" />
        <Column source="email" />
        <Column source="role">
          <EnumText source="role" enumName="role" />
        </Column>
        <Column source="isActive" disableSort>
          <BooleanField source="isActive" />
        </Column>
        <Column source="pendingApprovals" disableSort>
          <PendingApprovals />
        </Column>
        <Column source="twoFactorEnabled" disableSort>
          <BooleanField source="twoFactorEnabled" />
        </Column>
        <Column source="lockedUntil" disableSort>
          <LockedUntil />
        </Column>
        <Column source="createdAt">
          <LocaleDateField source="createdAt" />
        </Column>
      </DataTable>
    </AppList>
  );
}
