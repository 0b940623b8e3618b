import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { SelectInput, TextInput, required, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { enumChoices } from '../../common/enums';
import type { FlagDetail } from '../../../../server/modules/flags/flags.service';
import { flagNoteBody, resolveFlagBody, triageFlagBody, type ResolveFlagBody, type TriageFlagBody } from '../../../../server/modules/flags/flags.schemas';
import { FlagActionDialog, formText } from './FlagActionDialog';
import { flagApi } from './flagApi';

type Open = 'triage' | 'resolve' | 'note' | null;

function AssigneeInput() {
  const { data = [] } = useQuery({ queryKey: ['flag-assignees'], queryFn: flagApi.assignees });
  return <SelectInput source="assigneeId" label="resources.flags.fields.assigneeId" choices={data.map((s) => ({ id: s.id, name: s.displayName }))} />;
}

/** Triage and resolution for leads (flags.triage); a note for whoever may raise flags. */
export function FlagActions() {
  const flag = useRecordContext<FlagDetail>();
  const translate = useTranslate();
  const { canAccess: canTriage } = useCanAccess({ resource: 'flags', action: 'triage' });
  const { canAccess: canNote } = useCanAccess({ resource: 'flags', action: 'note' });
  const [open, setOpen] = useState<Open>(null);
  if (!flag) return null;
  const isActive = flag.status !== 'resolved';
  const close = () => setOpen(null);
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }}>
      {canTriage && isActive && (
        <Button variant="outlined" onClick={() => setOpen('triage')}>
          {translate('guichet.flags.triage')}
        </Button>
      )}
      {canTriage && isActive && (
        <Button variant="contained" onClick={() => setOpen('resolve')}>
          {translate('guichet.flags.resolve')}
        </Button>
      )}
      {canNote && <Button onClick={() => setOpen('note')}>{translate('guichet.flags.add_note')}</Button>}
      {open === 'triage' && (
        <FlagActionDialog
          title={translate('guichet.flags.triage_title', { id: flag.id })}
          submitLabel={translate('guichet.flags.triage')}
          done="guichet.flags.triaged"
          onClose={close}
          schema={triageFlagBody}
          toBody={(v): TriageFlagBody => ({
            version: flag.version,
            ...(v.assigneeId ? { assigneeId: Number(v.assigneeId) } : {}),
            ...(v.severity ? { severity: formText(v.severity) as TriageFlagBody['severity'] } : {}),
            ...(formText(v.note).trim() ? { note: formText(v.note) } : {}),
          })}
          send={(body) => flagApi.triage(flag.id, body)}
        >
          <AssigneeInput />
          <SelectInput source="severity" label="resources.flags.fields.severity" choices={enumChoices('flagSeverity')} />
          <TextInput source="note" label="resources.flags.fields.note" multiline minRows={2} fullWidth />
        </FlagActionDialog>
      )}
      {open === 'resolve' && (
        <FlagActionDialog
          title={translate('guichet.flags.resolve_title', { id: flag.id })}
          submitLabel={translate('guichet.flags.resolve')}
          done="guichet.flags.resolved"
          onClose={close}
          schema={resolveFlagBody}
          toBody={(v) => ({ resolution: formText(v.resolution) as ResolveFlagBody['resolution'], note: formText(v.note), version: flag.version })}
          send={(body) => flagApi.resolve(flag.id, body)}
        >
          <SelectInput source="resolution" label="resources.flags.fields.resolution" choices={enumChoices('flagResolution')} validate={required()} />
          <TextInput source="note" label="resources.flags.fields.note" multiline minRows={2} fullWidth validate={required()} />
        </FlagActionDialog>
      )}
      {open === 'note' && (
        <FlagActionDialog
          title={translate('guichet.flags.add_note')}
          submitLabel={translate('guichet.flags.add_note')}
          done="guichet.flags.note_added"
          onClose={close}
          schema={flagNoteBody}
          toBody={(v) => ({ text: formText(v.text) })}
          send={(body) => flagApi.addNote(flag.id, body.text)}
        >
          <TextInput source="text" label="resources.flags.fields.note" multiline minRows={3} fullWidth validate={required()} />
        </FlagActionDialog>
      )}
    </Stack>
  );
}
