import { AppList } from '../../common/AppList';
import { Button, Tooltip } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import {
  DataTable,
  DateInput,
  FilterButton,
  Link,
  NumberInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import { useStaffNames } from '../../common/StaffName';
import type { AuditListRow } from '../../../../server/modules/audit/audit-view';
import { actionLabel, actorLabel } from './actionLabel';
import { Col } from '../../common/Col';

const roleChoices = ['agent', 'lead', 'compliance', 'admin'].map((role) => ({ id: role, name: `guichet.audit.roles.${role}` }));

const auditFilters = [
  <TextInput key="customer" source="customer" alwaysOn />,
  <TextInput key="ticketRef" source="ticketRef" alwaysOn />,
  <DateInput key="at_gte" source="at_gte" alwaysOn />,
  <DateInput key="at_lte" source="at_lte" alwaysOn />,
  <TextInput key="action" source="action" />,
  <SelectInput key="actorRole" source="actorRole" choices={roleChoices} />,
  <NumberInput key="actorId" source="actorId" />,
  <TextInput key="targetType" source="targetType" />,
  <TextInput key="targetId" source="targetId" />,
];

/** The current selection as a CSV download; the server streams it and records the export. */
function ExportCsvButton() {
  const translate = useTranslate();
  const filterValues: unknown = useListContext().filterValues;
  const href = `/api/audit-log/export.csv?filter=${encodeURIComponent(JSON.stringify(filterValues ?? {}))}`;
  return (
    // describeChild: the hint describes the button; its name stays its visible text (WCAG 2.5.3).
    <Tooltip title={translate('guichet.audit.export_hint')} describeChild>
      <Button component="a" href={href} download size="small" startIcon={<DownloadIcon />}>
        {translate('guichet.audit.export_csv')}
      </Button>
    </Tooltip>
  );
}

function AuditListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={Link} to="/audit-checkpoints" size="small" startIcon={<VerifiedIcon />}>
        {translate('guichet.audit.chain')}
      </Button>
      <ExportCsvButton />
    </TopToolbar>
  );
}

function ActionCell() {
  const translate = useTranslate();
  const entry = useRecordContext<AuditListRow>();
  return entry ? <>{actionLabel(translate, entry.action)}</> : null;
}

function ActorCell() {
  const translate = useTranslate();
  const entry = useRecordContext<AuditListRow>();
  return entry ? <>{actorLabel(translate, entry)}</> : null;
}

function CustomerCell() {
  const entry = useRecordContext<AuditListRow>();
  if (!entry?.customerId) return null;
  return (
    <Link to={`/customers/${entry.customerId}/show`} onClick={(event: { stopPropagation(): void }) => event.stopPropagation()}>
      {entry.customerHandle ?? `#${entry.customerId}`}
    </Link>
  );
}

/** Pages every reader of the audit log (leads and compliance) may open, by target type. */
const targetPages: Record<string, string> = { customer: 'customers', gdpr_request: 'gdpr-requests', flag: 'flags' };

/** What an entry acted on, in words: "Staff Louis Lead", "Customer xx11111-ovh", "Flag #12"; linked where every reader may open it. */
function TargetCell() {
  const entry = useRecordContext<AuditListRow>();
  const translate = useTranslate();
  const staffNames = useStaffNames();
  if (!entry) return null;
  const kind = translate(`guichet.audit.targets.${entry.targetType}`, { _: entry.targetType });
  if (!entry.targetId) return <>{kind}</>;
  const id = Number(entry.targetId);
  const name =
    entry.targetType === 'staff' ? staffNames.get(id) : entry.targetType === 'customer' && entry.customerId === id ? entry.customerHandle : undefined;
  const label = `${kind} ${name ?? `#${entry.targetId}`}`;
  const page = targetPages[entry.targetType];
  return page ? (
    <Link to={`/${page}/${entry.targetId}/show`} onClick={(event: { stopPropagation(): void }) => event.stopPropagation()}>
      {label}
    </Link>
  ) : (
    <>{label}</>
  );
}

const Column = Col<AuditListRow>;

/** The audit log for leads and compliance (SPEC §4.7): newest first, filtered, exportable. */
export function AuditLogList() {
  return (
    <AppList<AuditListRow> filters={auditFilters} actions={<AuditListActions />} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      <DataTable<AuditListRow> rowClick="show" bulkActionButtons={false}>
        <Column source="id" />
        <Column source="at" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="at" showTime />
        </Column>
        <Column source="actorName" disableSort>
          <ActorCell />
        </Column>
        <Column source="action" disableSort>
          <ActionCell />
        </Column>
        <Column source="customerHandle" disableSort>
          <CustomerCell />
        </Column>
        <Column source="targetId" disableSort>
          <TargetCell />
        </Column>
        <Column source="ticketRef" disableSort />
        <Column source="reason" disableSort />
      </DataTable>
    </AppList>
  );
}
