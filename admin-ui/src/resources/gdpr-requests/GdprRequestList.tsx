import { AppList } from '../../common/AppList';
import { CalendarDayField } from '../../common/CalendarDayField';
import { DataTable, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { useFormatLocale } from '../../common/formatLocale';
import { DaysLeftChip, RightChip, StatusChip, urgencyRowTint } from './DaysLeft';
import { formatDay, gdprChoices, type GdprRequestListRow } from './gdprApi';
import { Col } from '../../common/Col';

const filters = [
  <SelectInput key="due" source="due" choices={gdprChoices('gdprDue')} alwaysOn />,
  <SelectInput key="status" source="status" choices={gdprChoices('gdprStatus')} alwaysOn />,
  <SelectInput key="right" source="right" choices={gdprChoices('gdprRight')} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={gdprChoices('gdprChannel')} />,
];

function AccountCell() {
  const request = useRecordContext<GdprRequestListRow>();
  const translate = useTranslate();
  if (!request) return null;
  return request.customer ? <span style={{ fontFamily: 'monospace' }}>{request.customer.nicHandle}</span> : <em>{translate('guichet.gdpr.unmatched')}</em>;
}

function DueCell() {
  const request = useRecordContext<GdprRequestListRow>();
  const locale = useFormatLocale();
  return request ? <span>{formatDay(request.effectiveDueOn, locale)}</span> : null;
}

const Column = Col<GdprRequestListRow>;

/** Every data-subject request with its clock (SPEC §4.5): open ones, the most urgent first; late and due-soon rows tinted. */
export function GdprRequestList() {
  return (
    <AppList<GdprRequestListRow> filters={filters} filterDefaultValues={{ due: 'open' }} sort={{ field: 'effectiveDueOn', order: 'ASC' }}>
      <DataTable<GdprRequestListRow> rowClick="show" bulkActionButtons={false} rowSx={(request) => ({ backgroundColor: urgencyRowTint[request.urgency] })}>
        <Column source="reference" disableSort />
        <Column source="right">
          <RightChip />
        </Column>
        <Column source="status">
          <StatusChip />
        </Column>
        <Column source="customerId" disableSort>
          <AccountCell />
        </Column>
        <Column source="requesterName" disableSort />
        <Column source="receivedOn">
          <CalendarDayField source="receivedOn" />
        </Column>
        <Column source="effectiveDueOn">
          <DueCell />
        </Column>
        <Column source="daysLeft">
          <DaysLeftChip />
        </Column>
        <Column source="ticketRef" disableSort />
      </DataTable>
    </AppList>
  );
}
