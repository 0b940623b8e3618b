import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import { countryName, languageName } from '../../../common/countries';
import { EnumText } from '../../../common/EnumChip';
import { useFormatLocale } from '../../../common/formatLocale';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { currencyOfSubsidiary, formatCents } from '../../../common/money';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import type { TabContentProps } from './TabContentProps';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section">
      <Typography variant="overline" component="h2" color="text.secondary">
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>{children}</Box>
    </Box>
  );
}

function PostalAddress() {
  const customer = useRecordContext<Customer>();
  const locale = useFormatLocale();
  if (!customer) return null;
  const lines = [customer.addressLine1, customer.addressLine2, `${customer.postalCode} ${customer.city}`, countryName(customer.country, locale)].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <Typography variant="body2" component="address" sx={{ fontStyle: 'normal', whiteSpace: 'pre-line' }}>
      {lines.join('\n')}
    </Typography>
  );
}

/** The backup e-mail, or a visible reason why promoting it is impossible. */
function BackupEmail() {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  if (customer?.backupEmail) return <Typography variant="body2">{customer.backupEmail}</Typography>;
  // On an erased account nothing can be promoted any more: a warning would only be noise.
  if (customer?.state === 'erased') return <Typography variant="body2">—</Typography>;
  return (
    <Typography variant="body2" color="warning.dark" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <WarningAmberIcon fontSize="small" />
      {translate('guichet.customer.no_backup_email')}
    </Typography>
  );
}

function Language() {
  const customer = useRecordContext<Customer>();
  const locale = useFormatLocale();
  return customer ? <Typography variant="body2">{languageName(customer.language, locale)}</Typography> : null;
}

function PrepaidCredit() {
  const customer = useRecordContext<Customer>();
  const locale = useFormatLocale();
  if (!customer) return null;
  const amount = formatCents(customer.prepaidCreditCents, currencyOfSubsidiary(customer.subsidiary), locale);
  return <Typography variant="body2">{amount}</Typography>;
}

const mono = { fontFamily: 'monospace' };

export function IdentityTab(_: TabContentProps) {
  return (
    <Box sx={{ display: 'grid', gap: 3, py: 1 }}>
      <Section title="guichet.customer.sections.identity">
        <Labeled source="nicHandle">
          <TextField source="nicHandle" sx={mono} />
        </Labeled>
        <Labeled source="customerCode">
          <TextField source="customerCode" sx={mono} />
        </Labeled>
        <Labeled source="legalForm">
          <EnumText source="legalForm" enumName="legalForm" />
        </Labeled>
        <Labeled source="firstName">
          <TextField source="firstName" />
        </Labeled>
        <Labeled source="lastName">
          <TextField source="lastName" />
        </Labeled>
        <Labeled source="organisation">
          <TextField source="organisation" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="guichet.customer.sections.contact">
        <Labeled source="primaryEmail">
          <TextField source="primaryEmail" />
        </Labeled>
        <Labeled source="backupEmail">
          <BackupEmail />
        </Labeled>
        <Labeled source="phone">
          <TextField source="phone" emptyText="—" />
        </Labeled>
        <Labeled source="language">
          <Language />
        </Labeled>
        <Labeled source="address">
          <PostalAddress />
        </Labeled>
      </Section>
      <Section title="guichet.customer.sections.account">
        <Labeled source="state">
          <EnumText source="state" enumName="state" />
        </Labeled>
        <Labeled source="subsidiary">
          <TextField source="subsidiary" />
        </Labeled>
        <Labeled source="prepaidCreditCents">
          <PrepaidCredit />
        </Labeled>
        <Labeled source="createdAt">
          <LocaleDateField source="createdAt" showTime />
        </Labeled>
        <Labeled source="updatedAt">
          <LocaleDateField source="updatedAt" showTime />
        </Labeled>
      </Section>
    </Box>
  );
}
