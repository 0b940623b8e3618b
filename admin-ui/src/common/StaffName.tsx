import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { apiUrl } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';

/** Staff display names by id (GET /api/staff-names), fetched once per session and shared. */
export function useStaffNames(): Map<number, string> {
  const { data } = useQuery({
    queryKey: ['staff-names'],
    queryFn: async () => (await httpClient(`${apiUrl}/staff-names`)).json as { id: number; displayName: string }[],
    staleTime: 10 * 60_000,
  });
  return new Map((data ?? []).map(({ id, displayName }) => [id, displayName]));
}

/** The staff member a record names by id, shown by name ("—" when none did it). */
export function StaffNameField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const names = useStaffNames();
  const id: unknown = record?.[source];
  const name = typeof id === 'number' ? (names.get(id) ?? `#${id}`) : '—';
  return (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
}
