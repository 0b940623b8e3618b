import { useState } from 'react';
import { Alert } from '@mui/material';
import { Create, SelectInput, SimpleForm, TextInput, email, required, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { CreateStaffBody } from '../../../../server/modules/staff/staff.schemas';
import type { StaffActionResult } from '../../../../server/modules/staff/staff.service';
import { IssuedLinkDialog } from './IssuedLinkDialog';
import { roleChoices } from './staffChoices';

// The API refuses unknown fields, so only what the create route takes is sent.
function onlyCreatableFields({ email, displayName, role }: CreateStaffBody): CreateStaffBody {
  return { email, displayName, role };
}

/** An invitation: the person sets their own password; customer-data roles wait for approval first. */
export function StaffCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<StaffActionResult | null>(null);

  // The create answer carries more than the form's fields: the link to show once, or the pending request.
  function onSuccess(record: unknown) {
    const data = record as StaffActionResult;
    if (data.issuedLink) return setCreated(data);
    notify('guichet.staff.done.approval_requested', { type: 'info' });
    redirect('list', 'staff');
  }

  return (
    <>
      <Create<CreateStaffBody & { id?: number }> transform={onlyCreatableFields} mutationOptions={{ onSuccess }} mutationMode="pessimistic">
        <SimpleForm>
          <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
            {translate('guichet.staff.create_hint')}
          </Alert>
          <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" />
          <TextInput source="displayName" validate={required()} />
          <SelectInput source="role" choices={roleChoices} validate={required()} />
        </SimpleForm>
      </Create>
      {created?.issuedLink ? <IssuedLinkDialog link={created.issuedLink} person={created} onClose={() => redirect('list', 'staff')} /> : null}
    </>
  );
}
