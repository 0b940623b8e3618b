import { BooleanInput, Edit, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, required, useRecordContext } from 'react-admin';
import type { StaffMember } from '../../../../server/modules/staff/staff.repository';
import { roleChoices } from './staffChoices';

type StaffChanges = Pick<StaffMember, 'displayName' | 'role' | 'isActive' | 'version'>;

// Send only the editable fields plus `version`: the server refuses unknown fields and uses
// the version to detect that someone else changed the account meanwhile (409).
function onlyEditableFields({ displayName, role, isActive, version }: StaffMember): StaffChanges {
  return { displayName, role, isActive, version };
}

function StaffTitle() {
  const member = useRecordContext<StaffMember>();
  return <>{member?.displayName ?? ''}</>;
}

// Staff accounts are deactivated, never deleted: their names stay in the audit log.
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export function StaffEdit() {
  return (
    <Edit<StaffMember> title={<StaffTitle />} transform={onlyEditableFields} mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="email" disabled />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <BooleanInput source="isActive" />
      </SimpleForm>
    </Edit>
  );
}
