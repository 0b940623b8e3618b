import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormatLocale } from '../../common/formatLocale';

/** A weekly series as bars (recharts, loaded only with a dashboard that has a chart). */
export function SeriesChart({ tileId, points }: { tileId: string; points: { week: string; value: number }[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const label = (week: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${week}T00:00:00Z`));
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tickFormatter={label} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} width={56} />
        <Tooltip
          labelFormatter={(week) => {
            // recharts hands back the point's `week` key, typed as any React node.
            const weekOf = typeof week === 'string' ? label(week) : '';
            return translate(`guichet.dashboard.tiles.${tileId}.week_of`, { week: weekOf, _: weekOf });
          }}
          formatter={(value) => [Number(value).toLocaleString(locale), translate(`guichet.dashboard.tiles.${tileId}.title`, { _: '' })]}
        />
        <Bar dataKey="value" fill="#1976d2" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
