import { useQuery } from '@tanstack/react-query';
import { Loading, reactRouterProvider, useCreatePath, useDataProvider } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';
import type { GuichetDataProvider } from '../../providers/dataProvider';
import { CustomerNotFound, LoadFailed } from './CustomerLoadProblem';

const { Navigate, useParams } = reactRouterProvider;

/** The path of an account known by its NIC-handle (a service's delegated contact, for instance). */
export const customerByHandlePath = (handle: string) => `/customers/handle/${encodeURIComponent(handle)}`;

/**
 * `#/customers/handle/:handle`: opens the account a handle names. A real link, so a delegated
 * contact can be followed with the keyboard or opened in a new tab; the id is looked up on arrival.
 */
export function CustomerByHandle() {
  const { handle = '' } = useParams();
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const createPath = useCreatePath();
  const translateServerMessage = useTranslateServerMessage();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['customers', 'byHandle', handle],
    queryFn: () => dataProvider.findExactCustomer(handle),
  });
  if (isPending) return <Loading />;
  if (error) return <LoadFailed message={translateServerMessage(toApiError(error))} retry={() => void refetch()} />;
  if (!data) return <CustomerNotFound text="guichet.customer.handle_not_found_text" />;
  return <Navigate replace to={createPath({ resource: 'customers', id: data.id, type: 'show' })} />;
}
