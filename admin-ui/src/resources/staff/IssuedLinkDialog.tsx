import { useId, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatInstant } from '../../common/timeZone';
import type { IssuedLink } from '../../../../server/modules/staff-links/staff-links.service';

interface IssuedLinkDialogProps {
  link: IssuedLink;
  person: { displayName: string; email: string };
  onClose: () => void;
}

/** Shows a one-time set-password link once: it is not stored anywhere it could be shown again. */
export function IssuedLinkDialog({ link, person, onClose }: IssuedLinkDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [isCopied, setCopied] = useState(false);
  const until = useFormatInstant()(link.expiresAt);

  async function copy() {
    await navigator.clipboard.writeText(link.link);
    setCopied(true);
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('guichet.staff.link.title', { name: person.displayName })}</DialogTitle>
      <DialogContent>
        <Alert severity={link.isMailed ? 'info' : 'warning'} sx={{ mb: 2 }}>
          {link.isMailed ? translate('guichet.staff.link.mailed', { email: person.email }) : translate('guichet.staff.link.not_mailed')}
        </Alert>
        <TextField
          fullWidth
          value={link.link}
          slotProps={{ htmlInput: { readOnly: true, 'aria-label': translate('guichet.staff.link.title', { name: person.displayName }) } }}
          onFocus={(event) => event.target.select()}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('guichet.staff.link.once', { until })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void copy()}>{translate(isCopied ? 'guichet.staff.link.copied' : 'guichet.staff.link.copy')}</Button>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
