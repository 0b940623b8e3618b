import { AppList } from '../../common/AppList';
import { CalendarDayField } from '../../common/CalendarDayField';
import { Chip } from '@mui/material';
import { BooleanInput, DataTable, DateInput, SelectInput, TextField, useCanAccess, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { ClaimView } from '../../../../server/modules/email-claims/email-claims.views';
import { claimStates } from '../../../../db/schema/email-claims';
import { Col } from '../../common/Col';

export const stateColor: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  received: 'info',
  in_review: 'info',
  awaiting_documents: 'warning',
  approved: 'warning',
  rejected: 'error',
  applied: 'success',
};

export function ClaimStateChip() {
  const claim = useRecordContext<ClaimView>();
  const translate = useTranslate();
  if (!claim) return null;
  return <Chip size="small" color={stateColor[claim.state]} label={translate(`guichet.claims.state.${claim.state}`)} data-state={claim.state} />;
}

function AgeField() {
  const claim = useRecordContext<ClaimView>();
  const translate = useTranslate();
  if (!claim) return null;
  return claim.undecidedTooLong ? (
    <Chip size="small" color="error" variant="outlined" label={translate('guichet.claims.undecided_too_long', { days: claim.ageDays })} />
  ) : (
    <span>{claim.ageDays}</span>
  );
}

function useFilters() {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const { canAccess: canApprove = false } = useCanAccess({ resource: 'email-claims', action: 'approve' });
  return [
    <SelectInput key="state" source="state" alwaysOn choices={claimStates.map((id) => ({ id, name: translate(`guichet.claims.state.${id}`) }))} />,
    <BooleanInput key="undecided" source="undecided" alwaysOn />,
    <BooleanInput key="unmatched" source="unmatched" />,
    <DateInput key="receivedBefore" source="receivedBefore" />,
    ...(identity
      ? [
          <SelectInput
            key="assigneeId"
            source="assigneeId"
            label="resources.email-claims.fields.mine"
            choices={[{ id: identity.id, name: identity.fullName ?? '' }]}
          />,
        ]
      : []),
    // The lead's "awaiting my approval" tile opens this: what they may approve now (four-eyes kept).
    ...(identity && canApprove
      ? [
          <SelectInput
            key="readyForApprovalBy"
            source="readyForApprovalBy"
            label="resources.email-claims.fields.readyForApprovalBy"
            choices={[{ id: identity.id, name: identity.fullName ?? '' }]}
            sx={{ minWidth: 220 }}
          />,
        ]
      : []),
  ];
}

export function ClaimList() {
  return (
    <AppList filters={useFilters()} sort={{ field: 'id', order: 'DESC' }} filterDefaultValues={{ undecided: true }}>
      <DataTable<ClaimView>
        bulkActionButtons={false}
        rowClick="show"
        rowSx={(claim) => (claim.undecidedTooLong ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {})}
      >
        {/* Sorted by number (id): references are issued in that order, so newest recorded first. */}
        <Col source="id" label="resources.email-claims.fields.reference">
          <TextField source="reference" />
        </Col>
        <Col source="state" disableSort>
          <ClaimStateChip />
        </Col>
        <Col source="claimedHandle" disableSort />
        <Col source="senderName" disableSort />
        <Col source="receivedOn">
          <CalendarDayField source="receivedOn" />
        </Col>
        <Col source="ageDays" disableSort>
          <AgeField />
        </Col>
        <Col source="ticketRef" disableSort>
          <TextField source="ticketRef" />
        </Col>
      </DataTable>
    </AppList>
  );
}
