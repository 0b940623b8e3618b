import { TextField } from 'react-admin';
import { EnumChip } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';
import { severityColors, statusColors } from './flagColors';
import { Col } from '../../common/Col';

const Column = Col<FlagRow>;

/**
 * The flag columns, once, for the queue and the customer page's flags tab. The queue sorts by the
 * server's sort fields (severity, raised) and names the account; the tab lists one account's flags
 * in the queue's order, so it neither sorts nor repeats the account.
 */
export function flagColumns({ inQueue }: { inQueue: boolean }) {
  return [
    <Column key="id" source="id" disableSort={!inQueue} />,
    <Column key="severity" source="severity" disableSort={!inQueue}>
      <EnumChip source="severity" enumName="flagSeverity" colors={severityColors} />
    </Column>,
    <Column key="rule" source="rule" disableSort>
      <EnumChip source="rule" enumName="flagRule" />
    </Column>,
    ...(inQueue
      ? [
          <Column key="nicHandle" source="nicHandle" disableSort>
            <TextField source="nicHandle" sx={{ fontFamily: 'monospace' }} />
          </Column>,
        ]
      : []),
    <Column key="status" source="status" disableSort>
      <EnumChip source="status" enumName="flagStatus" colors={statusColors} />
    </Column>,
    <Column key="assigneeName" source="assigneeName" disableSort>
      <TextField source="assigneeName" emptyText="—" />
    </Column>,
    <Column key="raisedAt" source="raisedAt" disableSort={!inQueue} sx={{ whiteSpace: 'nowrap' }}>
      <LocaleDateField source="raisedAt" showTime />
    </Column>,
  ];
}
