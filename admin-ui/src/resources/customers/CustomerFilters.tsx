import { DateInput, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { useCountryChoices } from '../../common/countries';

function CountryFilter(props: { source: string }) {
  return <SelectInput {...props} choices={useCountryChoices()} translateChoice={false} />;
}

/** The customer list filters; `q` (handle, code, e-mail or name) is first and always shown. */
export const customerFilters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 320 }} />,
  <SelectInput key="state" source="state" choices={enumChoices('state')} alwaysOn />,
  <CountryFilter key="country" source="country" />,
  <SelectInput key="legalForm" source="legalForm" choices={enumChoices('legalForm')} />,
  <NullableBooleanInput key="hasBackupEmail" source="hasBackupEmail" />,
  <NullableBooleanInput key="hasUnpaidInvoice" source="hasUnpaidInvoice" />,
  <NullableBooleanInput key="newBackupRequired" source="newBackupRequired" sx={{ minWidth: 280 }} />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];
