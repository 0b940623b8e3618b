import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { CustomerListView as Customer } from '../../../../server/modules/customers/customers.service';

/**
 * The handle as a real link to the account, so keyboard users can tab to it and anyone can
 * open several accounts in new tabs; the row click stays for mouse users.
 */
export function HandleLink() {
  const customer = useRecordContext<Customer>();
  const createPath = useCreatePath();
  if (!customer) return null;
  return (
    <Link
      to={createPath({ resource: 'customers', id: customer.id, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
      sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
    >
      {customer.nicHandle}
    </Link>
  );
}
