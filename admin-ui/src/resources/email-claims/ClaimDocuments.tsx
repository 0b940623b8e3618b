import { useState, type DragEvent } from 'react';
import { Box, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { documentKinds, rejectionReasons } from '../../../../db/schema/email-claims';
import { decideDocument, documentUrl, uploadDocuments, type ClaimDetail } from './claimsApi';
import { useFormatInstant } from '../../common/timeZone';

type ClaimDocument = ClaimDetail['documents'][number];
const statusColor = { missing: 'default', pending: 'warning', accepted: 'success', rejected: 'error' } as const;

function UploadZone({ claim, onDone }: { claim: ClaimDetail; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [kind, setKind] = useState<string>(claim.checklist.find((l) => l.status === 'missing')?.kind ?? 'holder_id');
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);

  async function send(files: File[]) {
    if (files.length === 0) return;
    setProgress(0);
    try {
      await uploadDocuments(claim.id, kind, files, setProgress);
      onDone();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setProgress(null);
    }
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void send([...event.dataTransfer.files]);
  };
  return (
    <Stack spacing={1}>
      <TextField
        select
        size="small"
        label={translate('guichet.claims.kind_to_upload')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        sx={{ maxWidth: 360 }}
        name="kind"
      >
        {documentKinds.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`guichet.claims.kind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <Box
        component="label"
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        sx={{
          border: '2px dashed',
          borderColor: over ? 'primary.main' : 'divider',
          borderRadius: 1,
          p: 3,
          textAlign: 'center',
          cursor: 'pointer',
          bgcolor: over ? 'action.hover' : undefined,
        }}
        data-testid="drop-zone"
      >
        <input
          type="file"
          hidden
          multiple
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => void send([...(e.target.files ?? [])])}
          data-testid="file-input"
        />
        <Typography variant="body2">{translate('guichet.claims.drop_here')}</Typography>
      </Box>
      {progress !== null && <LinearProgress variant="determinate" value={Math.round(progress * 100)} data-testid="upload-progress" />}
    </Stack>
  );
}

/** One document beside the account's name and address: the reviewer compares them side by side. */
function DocumentReview({ claim, document, onDone }: { claim: ClaimDetail; document: ClaimDocument; onDone: () => void }) {
  const translate = useTranslate();
  const formatInstant = useFormatInstant();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const canDecide = claim.actionBlockers.decide_document === null;
  async function decide(decision: 'accept' | 'reject') {
    try {
      await decideDocument(document.id, decision === 'accept' ? { decision } : { decision, rejectionReason: reason || undefined, note: note || undefined });
      onDone();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }
  const preview = document.purgedAt ? (
    <Typography variant="body2">{translate('guichet.claims.purged_on', { date: formatInstant(document.purgedAt, false) })}</Typography>
  ) : document.mimeType === 'application/pdf' ? (
    <Box component="iframe" title={document.originalName} src={documentUrl(document.id, 'inline')} sx={{ width: '100%', height: 360, border: 0 }} />
  ) : (
    <Box component="img" alt={document.originalName} src={documentUrl(document.id, 'inline')} sx={{ maxWidth: '100%', maxHeight: 360, objectFit: 'contain' }} />
  );
  return (
    <Card variant="outlined" data-document-id={document.id} data-status={document.status}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
          <Typography variant="subtitle1">{translate(`guichet.claims.kind.${document.kind}`)}</Typography>
          <Chip size="small" color={statusColor[document.status]} label={translate(`guichet.claims.status.${document.status}`)} />
          {document.rejectionReason && <Chip size="small" variant="outlined" label={translate(`guichet.claims.reason.${document.rejectionReason}`)} />}
          <Typography variant="caption" color="text.secondary">
            {document.originalName} · {(document.sizeBytes / 1024).toFixed(0)} kB · SHA-256 {document.sha256.slice(0, 12)}…
          </Typography>
        </Stack>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>{preview}</Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            {claim.account && (
              <Box sx={{ bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }} data-testid="compare-account">
                <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                  {claim.account.name}
                </Typography>
                {claim.account.addressLines.map((line) => (
                  <Typography key={line} variant="body2">
                    {line}
                  </Typography>
                ))}
              </Box>
            )}
            {!document.purgedAt && (
              <Link href={documentUrl(document.id, 'attachment')} sx={{ display: 'block', mt: 1 }}>
                {translate('guichet.claims.download')}
              </Link>
            )}
            {document.purgeOn && (
              <Typography variant="caption" color="text.secondary">
                {translate('guichet.claims.purge_on', { date: formatInstant(document.purgeOn, false) })}
              </Typography>
            )}
            {canDecide && (
              <Stack spacing={1} sx={{ mt: 2 }}>
                <Button variant="contained" color="success" onClick={() => void decide('accept')} data-action="accept-document">
                  {translate('guichet.claims.action.accept_document')}
                </Button>
                <TextField select size="small" label={translate('guichet.claims.reason_field')} value={reason} onChange={(e) => setReason(e.target.value)}>
                  {rejectionReasons.map((r) => (
                    <MenuItem key={r} value={r}>
                      {translate(`guichet.claims.reason.${r}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField size="small" label={translate('guichet.claims.note')} value={note} onChange={(e) => setNote(e.target.value)} />
                <Button variant="outlined" color="error" disabled={!reason} onClick={() => void decide('reject')}>
                  {translate('guichet.claims.action.reject_document')}
                </Button>
              </Stack>
            )}
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}

export function ClaimDocuments({ claim, onDone }: { claim: ClaimDetail; onDone: () => void }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('guichet.claims.checklist')}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }} data-testid="checklist">
          {claim.checklist.map((line) => (
            <Chip
              key={line.kind}
              color={statusColor[line.status]}
              data-status={line.status}
              label={`${translate(`guichet.claims.kind.${line.kind}`)} — ${translate(`guichet.claims.status.${line.status}`)}`}
            />
          ))}
        </Stack>
        {claim.actionBlockers.upload === null && <UploadZone claim={claim} onDone={onDone} />}
        <Typography variant="h6" component="h2" sx={{ mt: 2 }} gutterBottom>
          {translate('guichet.claims.documents')}
        </Typography>
        <Stack spacing={2}>
          {claim.documents.length === 0 && <Typography variant="body2">{translate('guichet.claims.no_documents')}</Typography>}
          {claim.documents.map((document) => (
            <DocumentReview key={document.id} claim={claim} document={document} onDone={onDone} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
