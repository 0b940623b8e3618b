import type { SubjectData } from '../../server/modules/gdpr/gdpr.subject-data.js';
import { formatNoticeDate } from '../emails/gdpr-notice.js';
import { renderLetterPdf, type Locale, type LetterWriter } from './layout.js';
import { actionWords, country, enumWord, language, money, when, yesNo } from './report-words.js';

const identityLabels: Record<Locale, Record<string, string>> = {
  fr: {
    nicHandle: 'Identifiant client',
    customerCode: 'Code client',
    legalForm: 'Forme juridique',
    firstName: 'Prénom',
    lastName: 'Nom',
    organisation: 'Organisation',
    addressLine1: 'Adresse',
    addressLine2: 'Complément',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
    language: 'Langue',
    phone: 'Téléphone',
    primaryEmail: 'E-mail principal',
    backupEmail: 'E-mail de secours',
    newBackupRequired: 'Nouvelle adresse de secours requise',
    twoFactorMethods: 'Double authentification',
    backupCodesLeft: 'Codes de secours restants',
    state: 'État du compte',
    subsidiary: 'Filiale',
    prepaidCreditCents: 'Crédit prépayé',
    processingRestricted: 'Traitement limité',
    createdAt: 'Créé le',
    updatedAt: 'Modifié le',
    version: 'Version',
  },
  en: {
    nicHandle: 'Customer ID',
    customerCode: 'Customer code',
    legalForm: 'Legal form',
    firstName: 'First name',
    lastName: 'Last name',
    organisation: 'Organisation',
    addressLine1: 'Address',
    addressLine2: 'Address (cont.)',
    postalCode: 'Postcode',
    city: 'Town',
    country: 'Country',
    language: 'Language',
    phone: 'Phone',
    primaryEmail: 'Primary e-mail',
    backupEmail: 'Backup e-mail',
    newBackupRequired: 'New backup address required',
    twoFactorMethods: 'Two-factor methods',
    backupCodesLeft: 'Backup codes left',
    state: 'Account state',
    subsidiary: 'Subsidiary',
    prepaidCreditCents: 'Prepaid credit',
    processingRestricted: 'Processing restricted',
    createdAt: 'Created',
    updatedAt: 'Updated',
    version: 'Version',
  },
};

// The Art. 15 access report: everything held about the customer, then what Art. 15(1)(a–h) requires.
// Long lists (thousands of login events) are written one record per line by `LetterWriter.records`:
// placed without pdfkit's word-by-word wrapper, and yielding to other requests between chunks.

type Row = Record<string, unknown>;

const t = {
  fr: {
    subject: (ref: string) => `Vos données personnelles — réponse à votre demande d’accès ${ref}`,
    intro: (received: string) =>
      `Vous nous avez demandé le ${received}, au titre de l’article 15 du RGPD, l’accès aux données personnelles que nous détenons vous concernant. Voici l’ensemble de ces données, puis les informations que prévoit l’article 15.`,
    sections: {
      identity: 'Identité et coordonnées',
      email_history: 'Historique des adresses e-mail',
      services: 'Services',
      sub_users: 'Utilisateurs délégués',
      invoices: 'Factures',
      orders: 'Commandes',
      login_events: 'Connexions à votre compte',
      messages: 'E-mails que nous vous avons envoyés',
      requests: 'Vos demandes RGPD',
      claims: 'Demandes de changement d’adresse e-mail par courrier',
      audit: 'Actions de notre personnel sur votre compte',
      other: 'Autres données',
    },
    none: 'Aucune.',
    count: (n: number) => `${n} élément(s).`,
    article: 'Informations prévues par l’article 15(1) du RGPD',
    closing: 'Nous vous prions d’agréer nos salutations distinguées.',
    signature: 'Le délégué à la protection des données',
  },
  en: {
    subject: (ref: string) => `Your personal data — answer to your access request ${ref}`,
    intro: (received: string) =>
      `On ${received} you asked us, under Article 15 GDPR, for access to the personal data we hold about you. Here is all of it, followed by the information Article 15 requires.`,
    sections: {
      identity: 'Identity and contact details',
      email_history: 'E-mail address history',
      services: 'Services',
      sub_users: 'Sub-users',
      invoices: 'Invoices',
      orders: 'Orders',
      login_events: 'Sign-ins to your account',
      messages: 'E-mails we sent you',
      requests: 'Your GDPR requests',
      claims: 'Mailed e-mail change claims',
      audit: 'Actions of our staff on your account',
      other: 'Other data',
    },
    none: 'None.',
    count: (n: number) => `${n} item(s).`,
    article: 'Information required by Article 15(1) GDPR',
    closing: 'Yours faithfully,',
    signature: 'The Data Protection Officer',
  },
} as const;

/** Art. 15(1)(a)–(h), and 15(2): what, why, to whom, how long, your rights, where from, automated decisions. */
const article15: Record<Locale, [string, string][]> = {
  fr: [
    [
      '(a) Finalités',
      'Gestion de votre compte client et de vos services, facturation, assistance, sécurité du compte et prévention de la fraude, respect de nos obligations légales.',
    ],
    [
      '(b) Catégories',
      'Identité, coordonnées, identifiant client, services et contacts, utilisateurs délégués, factures et commandes, journaux de connexion, correspondance, demandes et actions de notre support.',
    ],
    [
      '(c) Destinataires',
      'Nos équipes support, facturation et conformité ; nos sous-traitants d’hébergement et d’envoi d’e-mails ; les autorités sur réquisition légale. Aucun transfert hors de l’Union européenne.',
    ],
    [
      '(d) Durées de conservation',
      'Compte : pendant la relation contractuelle. Journaux de connexion : un an. Factures et commandes : dix ans (Code de commerce, art. L123-22). Journal d’audit : durée de la relation puis effacement cryptographique.',
    ],
    [
      '(e) Vos droits',
      'Rectification, effacement, limitation du traitement, opposition et portabilité, à exercer auprès de notre délégué à la protection des données.',
    ],
    [
      '(f) Réclamation',
      'Vous pouvez introduire une réclamation auprès de la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr) et former un recours juridictionnel.',
    ],
    [
      '(g) Source',
      'Vous-même (création du compte, espace client, support) ; l’utilisation de nos services (connexions) ; d’autres clients qui vous désignent comme contact d’un service.',
    ],
    [
      '(h) Décision automatisée',
      'Aucune décision produisant des effets juridiques n’est prise de façon automatisée. Des règles de détection signalent des connexions inhabituelles ; un membre de notre personnel les examine.',
    ],
  ],
  en: [
    ['(a) Purposes', 'Managing your customer account and services, billing, support, account security and fraud prevention, meeting our legal obligations.'],
    [
      '(b) Categories',
      'Identity, contact details, customer ID, services and contacts, sub-users, invoices and orders, sign-in logs, correspondence, requests and the actions of our support.',
    ],
    [
      '(c) Recipients',
      'Our support, billing and compliance teams; our hosting and e-mail delivery processors; authorities on lawful request. No transfer outside the European Union.',
    ],
    [
      '(d) Retention',
      'Account: for the contract’s duration. Sign-in logs: one year. Invoices and orders: ten years (French Commercial Code, art. L123-22). Audit log: for the relationship, then cryptographic erasure.',
    ],
    ['(e) Your rights', 'Rectification, erasure, restriction of processing, objection and portability, through our Data Protection Officer.'],
    [
      '(f) Complaint',
      'You may lodge a complaint with the CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France, www.cnil.fr) and seek a judicial remedy.',
    ],
    [
      '(g) Source',
      'You (account creation, control panel, support); your use of our services (sign-ins); other customers who name you as a contact of a service.',
    ],
    [
      '(h) Automated decisions',
      'No decision with legal effects is taken automatically. Detection rules flag unusual sign-ins; a member of our staff reviews them.',
    ],
  ],
};

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      // A JSON column (an object): its content, not "[object Object]".
      return JSON.stringify(value) ?? '—';
  }
}
const word = {
  fr: { newDevice: 'nouvel appareil', contacts: 'contacts admin / tech / facturation', none: 'aucune' },
  en: { newDevice: 'new device', contacts: 'admin / tech / billing contacts', none: 'none' },
};

/** The account's own fields, each written as the customer would say it (no codes, no raw booleans). */
function identityValue(locale: Locale, field: string, value: unknown, currency: unknown): string {
  switch (field) {
    case 'legalForm':
      return enumWord(locale, 'legalForm', value);
    case 'state':
      return enumWord(locale, 'state', value);
    case 'twoFactorMethods': {
      const methods = Array.isArray(value) ? value : [];
      return methods.length ? methods.map((m) => enumWord(locale, 'twoFactor', m)).join(', ') : word[locale].none;
    }
    case 'country':
      return country(locale, value);
    case 'language':
      return language(locale, value);
    case 'newBackupRequired':
    case 'processingRestricted':
      return yesNo(locale, value);
    case 'prepaidCreditCents':
      return money(locale, value, currency);
    case 'createdAt':
    case 'updatedAt':
      return when(locale, value);
    default:
      return text(value);
  }
}
/** Internal bookkeeping, not data about the person. */
const hiddenIdentityFields = new Set(['id', 'version']);

/** One readable line per record, by table. */
const lineOf: Record<string, (row: Row, locale: Locale) => string> = {
  email_history: (r, l) =>
    `${when(l, r.changedAt)} · ${enumWord(l, 'slot', r.slot)} · ${text(r.oldValue)} → ${text(r.newValue)} · ${enumWord(l, 'cause', r.cause)}`,
  services: (r, l) =>
    `${text(r.name)} · ${enumWord(l, 'serviceKind', r.kind)} · ${enumWord(l, 'serviceStatus', r.status)} · ${when(l, r.createdAt)} → ${when(l, r.expiresAt)} · ${word[l].contacts} : ${text(r.adminContact)} / ${text(r.techContact)} / ${text(r.billingContact)}`,
  customer_users: (r, l) => `${text(r.login)} · ${text(r.email)} · ${enumWord(l, 'rights', r.rights)} · ${when(l, r.createdAt)}`,
  invoices: (r, l) => `${text(r.number)} · ${when(l, r.issuedAt)} · ${money(l, r.amountCents, r.currency)} · ${enumWord(l, 'invoiceStatus', r.status)}`,
  orders: (r, l) =>
    `${text(r.number)} · ${when(l, r.createdAt)} · ${text(r.description)} · ${money(l, r.amountCents, r.currency)} · ${enumWord(l, 'orderStatus', r.status)}`,
  login_events: (r, l) =>
    `${when(l, r.occurredAt)} · ${text(r.ip)} · ${country(l, r.country)} · ${text(r.device)} · ${enumWord(l, 'loginResult', r.result)}${r.isNewDevice ? ` · ${word[l].newDevice}` : ''}`,
  messages: (r, l) => `${when(l, r.createdAt)} · ${text(r.toAddress)} · ${text(r.subject ?? r.template)} · ${enumWord(l, 'messageStatus', r.status)}`,
  gdpr_requests: (r, l) =>
    `${when(l, r.createdAt)} · ${enumWord(l, 'gdprRight', r.right)} · ${enumWord(l, 'gdprChannel', r.channel)} · ${enumWord(l, 'gdprStatus', r.status)}`,
  email_claims: (r, l) =>
    `${when(l, r.receivedOn)} · ${text(r.newPrimaryEmail)}${r.newBackupEmail ? ` / ${text(r.newBackupEmail)}` : ''} · ${enumWord(l, 'claimState', r.state)}`,
};
/** Personal values an audit entry recorded, as "field: value" rather than JSON. */
const personalText = (personal: unknown) =>
  personal && typeof personal === 'object'
    ? Object.entries(personal)
        .map(([field, value]) => `${field}: ${text(value).replace(/\n+/g, ', ')}`)
        .join(', ')
    : text(personal);
const genericLine = (row: Row) =>
  Object.entries(row)
    .filter(([name]) => name !== 'customerId')
    .map(([name, value]) => `${name}: ${text(value)}`)
    .join(' · ');

export interface AccessReportInput {
  data: SubjectData;
  locale: Locale;
  reference: string;
  receivedOn: string;
  date: Date;
}

export function renderAccessReport({ data, locale, reference, receivedOn, date }: AccessReportInput): Promise<Buffer> {
  const words = t[locale];
  const c = data.customer;
  // Credit is held in the account's billing currency, the one its invoices use.
  const creditCurrency = data.tables.invoices?.[0]?.currency ?? 'EUR';
  const name = (c.organisation as string | null) ?? `${text(c.firstName)} ${text(c.lastName)}`;
  const addressLines = [c.addressLine1, c.addressLine2, `${text(c.postalCode)} ${text(c.city)}`, c.country].filter(
    (line): line is string => typeof line === 'string' && line !== '',
  );
  return renderLetterPdf(
    { locale, reference, date, recipient: { name, addressLines }, subject: words.subject(reference), customerId: String(c.nicHandle) },
    async (writer) => {
      writer.paragraph(words.intro(formatNoticeDate(receivedOn, locale)));
      writer.heading(words.sections.identity);
      writer.keyValues(
        Object.entries(c)
          .filter(([field]) => !hiddenIdentityFields.has(field))
          .map(([field, value]) => [identityLabels[locale][field] ?? field, identityValue(locale, field, value, creditCurrency)]),
      );
      for (const [table, rows] of Object.entries(data.tables))
        await writeList(
          writer,
          sectionTitle(words, table),
          rows.map((row) => lineOf[table]?.(row, locale) ?? genericLine(row)),
          words,
        );
      await writeList(
        writer,
        words.sections.audit,
        data.audit.map(
          (e) =>
            `${when(locale, e.at)} · ${enumWord(locale, 'role', e.actorRole)} · ${actionWords(locale, e.action)}${e.ticketRef ? ` · ${e.ticketRef}` : ''}${e.personal ? ` · ${personalText(e.personal)}` : ''}`,
        ),
        words,
      );
      writer.heading(words.article);
      writer.keyValues(article15[locale]);
      writer.closing(words.closing, words.signature);
    },
  );
}

const sectionByTable: Record<string, keyof (typeof t)['en']['sections']> = {
  email_history: 'email_history',
  services: 'services',
  customer_users: 'sub_users',
  invoices: 'invoices',
  orders: 'orders',
  login_events: 'login_events',
  messages: 'messages',
  gdpr_requests: 'requests',
  email_claims: 'claims',
};
const sectionTitle = (words: (typeof t)[Locale], table: string) =>
  words.sections[sectionByTable[table] ?? 'other'] + (sectionByTable[table] ? '' : ` (${table})`);

async function writeList(writer: LetterWriter, title: string, lines: string[], words: (typeof t)[Locale]) {
  writer.heading(title);
  if (lines.length === 0) {
    writer.paragraph(words.none);
    return;
  }
  writer.paragraph(words.count(lines.length));
  await writer.records(lines);
}
