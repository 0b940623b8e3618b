import {
  BooleanInput,
  Edit,
  Labeled,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import type { StaffActionResult } from '../../../../server/modules/staff/staff.service';
import { PendingApprovals } from './PendingApprovals';
import { StaffActions } from './StaffActions';
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
  const notify = useNotify();
  const redirect = useRedirect();
  // A role that reads customer data is not granted by the save: it waits for a second person.
  function onSuccess(record: unknown) {
    const data = record as StaffActionResult;
    notify(data.approvalRequested ? 'guichet.staff.done.approval_requested' : 'guichet.staff.done.saved', { type: 'info' });
    redirect('list', 'staff');
  }
  return (
    <Edit<StaffMember> title={<StaffTitle />} transform={onlyEditableFields} mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <StaffActions />
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Labeled source="pendingApprovals">
          <PendingApprovals />
        </Labeled>
        <TextInput source="email" disabled />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <BooleanInput source="isActive" />
      </SimpleForm>
    </Edit>
  );
}
