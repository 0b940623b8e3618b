import { useEffect, useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import type { CheckpointRow } from '../../../../server/modules/audit/checkpoints.repository';
import type { ExportCheck } from '../../../../server/modules/audit/checkpoints.service';
import type { VerifyReport } from '../../../../server/modules/audit/verification';
import { useFormatInstant } from '../../common/timeZone';
import { checkCheckpointFile, checkpointExportUrl, signCheckpoint, verifyAuditChain } from './auditApi';

// The staff member's zone, named, as on every screen.
const useDateTime = useFormatInstant;

function ReportAlert({ report }: { report: VerifyReport }) {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const mode =
    report.mode === 'full'
      ? translate('guichet.audit.verify.mode_full')
      : report.checkpoint
        ? translate('guichet.audit.verify.mode_checkpoint', { id: report.checkpoint.id, entryCount: report.checkpoint.entryCount })
        : translate('guichet.audit.verify.mode_genesis');
  return (
    <Alert severity={report.ok ? 'success' : 'error'} data-testid="chain-status">
      <Typography sx={{ fontWeight: 600 }}>
        {report.ok
          ? translate('guichet.audit.verify.intact', { entries: report.entries.toLocaleString(), smart_count: report.entries, at: dateTime(report.verifiedAt) })
          : translate('guichet.audit.verify.broken', { id: report.firstBad?.id, problem: report.firstBad?.problem })}
      </Typography>
      <Typography variant="body2">{translate('guichet.audit.verify.walked', { walked: report.walked.toLocaleString(), mode })}</Typography>
      {report.untrustedCheckpoints > 0 && (
        <Typography variant="body2">{translate('guichet.audit.verify.untrusted', { count: report.untrustedCheckpoints })}</Typography>
      )}
    </Alert>
  );
}

function CheckpointFileCheck() {
  const translate = useTranslate();
  const notify = useNotify();
  const [check, setCheck] = useState<ExportCheck | null>(null);
  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setCheck(await checkCheckpointFile(await file.text()));
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Button variant="outlined" component="label" size="small">
        {translate('guichet.audit.verify.check_file')}
        <input hidden type="file" accept="application/json,.json" onChange={(event) => void onFile(event)} data-testid="checkpoint-file" />
      </Button>
      {check && (
        <Alert severity={check.ok ? 'success' : 'error'} sx={{ mt: 1 }} data-testid="checkpoint-check">
          {translate(check.ok ? 'guichet.audit.verify.check_ok' : 'guichet.audit.verify.check_bad', { ...check })}
          {!check.signedByConsoleKey && <Typography variant="body2">{translate('guichet.audit.verify.check_foreign_key')}</Typography>}
        </Alert>
      )}
    </Box>
  );
}

/** "N entries verified, chain intact at …" or the first broken entry named; checkpoints signed, exported and checked. */
export function AuditChainPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dateTime = useDateTime();
  const [report, setReport] = useState<VerifyReport | null>(null);
  // The page opens by verifying from the last checkpoint.
  const [running, setRunning] = useState(true);
  const checkpoints = useGetList<CheckpointRow>('audit-checkpoints', { pagination: { page: 1, perPage: 20 }, sort: { field: 'id', order: 'DESC' } });

  async function run(task: () => Promise<void>) {
    setRunning(true);
    try {
      await task();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setRunning(false);
    }
  }
  const verify = (mode: 'checkpoint' | 'full') => run(async () => setReport(await verifyAuditChain(mode)));
  const sign = () =>
    run(async () => {
      const row = await signCheckpoint();
      notify(translate('guichet.audit.verify.checkpoint_created', { id: row.id, entryCount: row.entryCount }), { type: 'success' });
      await checkpoints.refetch();
    });

  useEffect(() => {
    // Once, on opening the page; state is set only when the answer arrives (not during the effect).
    let isOpen = true;
    verifyAuditChain('checkpoint')
      .then(
        (result) => isOpen && setReport(result),
        (error: unknown) => isOpen && notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      )
      .finally(() => isOpen && setRunning(false));
    return () => {
      isOpen = false;
    };
  }, [notify]);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('guichet.audit.verify.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('guichet.audit.verify.title')}
        </Typography>
        {report ? <ReportAlert report={report} /> : <Typography>{translate('guichet.audit.verify.running')}</Typography>}
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" disabled={running} onClick={() => void verify('checkpoint')}>
            {translate('guichet.audit.verify.from_checkpoint')}
          </Button>
          <Button variant="outlined" disabled={running} onClick={() => void verify('full')}>
            {translate('guichet.audit.verify.full')}
          </Button>
          <Button variant="outlined" disabled={running} onClick={() => void sign()}>
            {translate('guichet.audit.verify.create_checkpoint')}
          </Button>
        </Stack>
        <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
          {translate('guichet.audit.verify.checkpoints')}
        </Typography>
        {checkpoints.data?.length === 0 && <Typography color="text.secondary">{translate('guichet.audit.verify.no_checkpoints')}</Typography>}
        {(checkpoints.data?.length ?? 0) > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>{translate('guichet.audit.verify.created_at')}</TableCell>
                <TableCell align="right">{translate('guichet.audit.verify.entry_count')}</TableCell>
                <TableCell>{translate('guichet.audit.verify.head_hash')}</TableCell>
                <TableCell>{translate('guichet.audit.verify.key_id')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {checkpoints.data?.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{row.id}</TableCell>
                  <TableCell>{dateTime(row.createdAt)}</TableCell>
                  <TableCell align="right">{row.entryCount.toLocaleString()}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{row.headHash.slice(0, 16)}…</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{row.keyId}</TableCell>
                  <TableCell>
                    <Button component="a" href={checkpointExportUrl(row.id)} download size="small" startIcon={<DownloadIcon />}>
                      {translate('guichet.audit.verify.export')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <CheckpointFileCheck />
      </CardContent>
    </Card>
  );
}
