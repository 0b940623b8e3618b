import { Alert, Box, Button, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Title, useShowContext, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';
import { QuickFindBox } from '../../layout/QuickFind';

/**
 * What the customer page shows instead of bouncing to the list: for an id that does not exist, a
 * not-found page with the search box (the agent was probably given a wrong link or number); for a
 * server or network failure, the reason and a retry, on the same URL.
 */
export function CustomerLoadProblem() {
  const { error, refetch } = useShowContext();
  const translateServerMessage = useTranslateServerMessage();
  const problem = toApiError(error);
  if (problem.status === 404) return <CustomerNotFound />;
  return <LoadFailed message={translateServerMessage(problem)} retry={() => void refetch()} />;
}

/** No account behind this link: say so, with the search box ready for the right one. */
export function CustomerNotFound({ text = 'guichet.customer.not_found_text' }: { text?: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }} data-testid="customer-not-found">
      <Title title={translate('guichet.customer.not_found_title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('guichet.customer.not_found_title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate(text)}</Typography>
      <QuickFindBox />
    </Box>
  );
}

/** A server or network failure: the reason and a retry, where the agent is. */
export function LoadFailed({ message, retry }: { message: string; retry: () => void }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }}>
      <Title title={translate('guichet.customer.load_failed_title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('guichet.customer.load_failed_title')}
      </Typography>
      <Alert
        severity="error"
        action={
          <Button color="inherit" startIcon={<RefreshIcon />} onClick={retry}>
            {translate('guichet.customer.retry')}
          </Button>
        }
      >
        {message}
      </Alert>
    </Box>
  );
}
