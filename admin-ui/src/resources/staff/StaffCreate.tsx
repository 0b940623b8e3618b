import { Create, PasswordInput, SelectInput, SimpleForm, TextInput, email, required, useTranslate } from 'react-admin';
import { roleChoices } from './staffChoices';

interface NewStaffMember {
  email: string;
  displayName: string;
  role: string;
  password: string;
}

// The API refuses unknown fields, so only what the create route takes is sent.
function onlyCreatableFields({ email, displayName, role, password }: NewStaffMember): NewStaffMember {
  return { email, displayName, role, password };
}

export function StaffCreate() {
  const translate = useTranslate();
  return (
    <Create<NewStaffMember> transform={onlyCreatableFields} redirect="list" mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <PasswordInput source="password" validate={required()} autoComplete="new-password" helperText={translate('guichet.staff.password_hint')} />
      </SimpleForm>
    </Create>
  );
}
