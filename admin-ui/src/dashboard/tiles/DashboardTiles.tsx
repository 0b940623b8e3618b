import { lazy, Suspense } from 'react';
import { Alert, Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import type { DashboardResponse, DashboardTile, TileLink, TileTone } from '../../../../server/modules/dashboard/dashboard.types';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';
import { useFormatLocale } from '../../common/formatLocale';
import { useFormatInstant } from '../../common/timeZone';

// The home dashboard's tiles (SPEC §4.10), as the server composes them for the signed-in role
// (GET /api/dashboard, server/modules/dashboard). Each kind is drawn here once; a capability adds a
// tile on the server and its title under guichet.dashboard.tiles.<id>.title, nothing in this file.

const SeriesChart = lazy(() => import('./SeriesChart').then((module) => ({ default: module.SeriesChart })));

const toneColor: Record<TileTone, string> = { normal: 'text.primary', attention: 'warning.main', alarm: 'error.main', good: 'success.main' };

export function linkPath(link: TileLink): string {
  if (link.path) return link.path;
  return link.filter ? `/${link.resource}?filter=${encodeURIComponent(JSON.stringify(link.filter))}` : `/${link.resource}`;
}

function TileFrame({ tile, children }: { tile: DashboardTile; children: React.ReactNode }) {
  const translate = useTranslate();
  const link = 'link' in tile ? tile.link : undefined;
  const body = (
    <CardContent>
      <Typography variant="overline" color="text.secondary" component="h2">
        {translate(`guichet.dashboard.tiles.${tile.id}.title`, { _: tile.id })}
      </Typography>
      {children}
    </CardContent>
  );
  return (
    <Card data-testid={`tile-${tile.id}`} sx={{ height: '100%' }}>
      {link ? (
        <CardActionArea component={Link} to={linkPath(link)} sx={{ height: '100%' }}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}

function TileBody({ tile }: { tile: DashboardTile }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const formatInstant = useFormatInstant();
  switch (tile.kind) {
    case 'count':
      return (
        <>
          <Typography variant="h3" component="p" sx={{ color: toneColor[tile.tone ?? 'normal'] }}>
            {tile.value.toLocaleString(locale)}
          </Typography>
          {tile.secondary && <Typography color="text.secondary">{translate(tile.secondary.labelKey, tile.secondary.params)}</Typography>}
        </>
      );
    case 'status':
      return (
        <Alert severity={tile.ok ? 'success' : 'error'} icon={false} sx={{ mt: 1 }}>
          {translate(tile.labelKey, {
            ...tile.params,
            // Numbers in the reader's conventions, with the plural they call for; times in the staff member's zone.
            ...(typeof tile.params.entries === 'number' ? { entries: tile.params.entries.toLocaleString(locale), smart_count: tile.params.entries } : {}),
            at: typeof tile.params.at === 'string' ? formatInstant(tile.params.at) : tile.params.at,
          })}
        </Alert>
      );
    case 'breakdown':
      return (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mt: 1 }}>
          {tile.items.map((item) => (
            <Chip
              key={item.key}
              label={`${translate(item.labelKey)}: ${item.value}`}
              color={item.tone === 'alarm' ? 'error' : item.tone === 'attention' ? 'warning' : 'default'}
              {...(item.link ? { component: Link, to: linkPath(item.link), clickable: true } : {})}
            />
          ))}
        </Stack>
      );
    case 'series':
      return (
        <Suspense fallback={<Box sx={{ height: 180 }} />}>
          <SeriesChart tileId={tile.id} points={tile.points} />
        </Suspense>
      );
  }
}

export function DashboardTiles() {
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await httpClient(`${apiUrl}/dashboard`)).json as DashboardResponse,
  });
  if (error) return <Alert severity="error">{translate('guichet.load_error', { message: error.message })}</Alert>;
  if (!data || data.tiles.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }} data-testid="dashboard-tiles">
      {data.tiles.map((tile) => (
        <Box key={tile.id} sx={tile.kind === 'series' ? { gridColumn: 'span 2' } : undefined}>
          <TileFrame tile={tile}>
            <TileBody tile={tile} />
          </TileFrame>
        </Box>
      ))}
    </Box>
  );
}
