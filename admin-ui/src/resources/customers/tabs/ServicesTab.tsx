import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { DataTable, Link, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import { EnumChip, EnumText } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { SortableCol, StaticCol } from '../../../common/StaticCol';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import type { ServiceRecord as Service } from '../../../../../server/modules/account-records/account-records.definitions';
import type { TabContentProps } from './TabContentProps';
import { customerByHandlePath } from '../CustomerByHandle';

const serviceStatusColors = { active: 'success', suspended: 'warning', expired: 'error' } as const;
const contactRoles = ['adminContact', 'techContact', 'billingContact'] as const;

/** A service's three contacts; a handle that is not the account's own is a delegation. */
function Contacts() {
  const service = useRecordContext<Service>();
  const { record: customer } = useShowContext<Customer>();
  const translate = useTranslate();
  if (!service) return null;
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}>
      {contactRoles.map((role) => {
        const handle = service[role];
        const isDelegated = customer !== undefined && handle.toLowerCase() !== customer.nicHandle.toLowerCase();
        return (
          <Box key={role} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate(`resources.services.fields.${role}`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: 'monospace' }}>
              {/* Another customer's handle: a link to that account, so the agent can see who it is. */}
              {isDelegated ? <Link to={customerByHandlePath(handle)}>{handle}</Link> : handle}
              {isDelegated && (
                <Tooltip title={translate('guichet.customer.delegated_hint')} describeChild>
                  <Chip
                    size="small"
                    variant="outlined"
                    color="info"
                    label={translate('guichet.customer.delegated')}
                    sx={{ ml: 1, height: 18, fontFamily: 'inherit' }}
                  />
                </Tooltip>
              )}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

export function ServicesTab(_: TabContentProps) {
  return (
    <RelatedList reference="services" sort={{ field: 'id', order: 'ASC' }} emptyText="guichet.customer.no_services">
      <DataTable<Service> bulkActionButtons={false} rowClick={false}>
        <SortableCol<Service> source="kind">
          <EnumText source="kind" enumName="serviceKind" />
        </SortableCol>
        <SortableCol<Service> source="name" sx={{ fontWeight: 500 }} />
        <SortableCol<Service> source="status">
          <EnumChip source="status" enumName="serviceStatus" colors={serviceStatusColors} />
        </SortableCol>
        <SortableCol<Service> source="createdAt">
          <LocaleDateField source="createdAt" />
        </SortableCol>
        <SortableCol<Service> source="expiresAt">
          <LocaleDateField source="expiresAt" emptyText="—" />
        </SortableCol>
        <StaticCol<Service> label="resources.services.fields.contacts">
          <Contacts />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}
