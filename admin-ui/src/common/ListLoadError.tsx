import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/** The list, or the reason it could not be loaded. */
export function ListOrLoadError({ children }: { children: ReactNode }) {
  const { error } = useListContext();
  return error ? <ListLoadError /> : children;
}

/** Shown instead of a related list when its request failed, with the server's message. */
export function ListLoadError() {
  const { error } = useListContext();
  const translate = useTranslate();
  return (
    <Alert severity="error" variant="outlined" sx={{ my: 1 }}>
      {translate('guichet.load_error', { message: error?.message ?? '' })}
    </Alert>
  );
}
