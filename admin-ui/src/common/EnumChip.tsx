import { Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumLabelKey, type EnumName } from './enums';

interface EnumChipProps {
  source: string;
  enumName: EnumName;
  /** Colour per value; values not listed are shown neutral. */
  colors?: Record<string, ChipProps['color']>;
}

/** A translated, coloured chip for a status-like field. */
export function EnumChip({ source, enumName, colors = {} }: EnumChipProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  if (typeof value !== 'string') return null;
  return (
    <Chip
      size="small"
      label={translate(enumLabelKey(enumName, value), { _: value })}
      color={colors[value] ?? 'default'}
      variant={colors[value] ? 'filled' : 'outlined'}
    />
  );
}

/** A translated label without chip styling, for calm columns (kind, legal form…). */
export function EnumText({ source, enumName }: Omit<EnumChipProps, 'colors'>) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(enumLabelKey(enumName, value), { _: value })}
    </Typography>
  );
}
