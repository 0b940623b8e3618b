import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { toApiError, type ApiError } from '../../../common/apiErrors';
import type { PromoteBody } from '../../../../../server/modules/backup-email/backup-email.schemas';
import type { GuichetDataProvider } from '../../../providers/dataProvider';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import { splitServerErrors, toPromotionBody, type PromotionFormValues } from './promotionRequest';

export const staleVersionCode = 'request.stale_version';

/** A refusal shown in the dialog rather than under a field (409, 403, network…). */
export type PromotionProblem = Pick<ApiError, 'code' | 'message'>;

/**
 * The promotion, pessimistically: nothing on screen changes until the server has committed it,
 * because it cannot be undone from the console. `submit` is a react-admin Form `onSubmit`: it
 * resolves to per-field errors on a 400, which the Form shows under the fields.
 */
export function usePromoteBackupEmail(customer: Customer, onPromoted: () => void) {
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [problem, setProblem] = useState<PromotionProblem | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PromoteBody) => dataProvider.promoteBackupEmail(customer.id, body),
  });

  async function submit(values: PromotionFormValues): Promise<Record<string, string> | undefined> {
    // The select is required on the form, so this only guards the type.
    if (!values.identityCheck) return { identityCheck: 'guichet.promote_backup_email.rules.identityCheck' };
    setProblem(null);
    try {
      const { data } = await mutation.mutateAsync(toPromotionBody(values, values.identityCheck, customer.version));
      notify('guichet.promote_backup_email.done', { type: 'success', messageArgs: { address: data.primaryEmail } });
      // Everything on the page changed: the record, its banner, the e-mail history, the messages.
      refresh();
      onPromoted();
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 400 && apiError.errors) {
        const { byField, other } = splitServerErrors(apiError.errors);
        if (other.length > 0) setProblem({ code: apiError.code, message: other.join(' ') });
        return byField;
      }
      setProblem(apiError);
      // No backup any more, or erased: the page is out of date, and the refreshed record makes
      // the dialog show why. A stale version is not refreshed behind the agent's back: they
      // reload on purpose (see `reload`) and confirm again with the addresses as they are now.
      if (apiError.status === 409 && apiError.code !== staleVersionCode) refresh();
      return undefined;
    }
  }

  function reload() {
    setProblem(null);
    refresh();
  }

  return { submit, reload, isPending: mutation.isPending, problem };
}
