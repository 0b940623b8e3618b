import type { DocumentKind, RejectionReason } from '../../db/schema/email-claims.js';
import { kindWords, reasonWords } from '../../server/modules/email-claims/email-claims.rules.js';
import { formatLetterDate, renderSimpleLetter, type Locale, type PostalRecipient } from './layout.js';

interface ClaimLetterBase {
  reference: string;
  /** The NIC-handle: the account's, or as written in the letter when it matched none. */
  nicHandle: string;
  recipient: PostalRecipient;
  receivedOn: string;
  /** The decision's instant (ISO); the letter is dated with it, so a re-render is identical. */
  decidedAt: string;
}

export interface ClaimApprovedProps extends ClaimLetterBase {
  newPrimaryEmail: string;
  newBackupEmail: string | null;
  /** The account has no backup address after the change: ask for one. */
  backupMissing: boolean;
}

export interface ClaimRejectedProps extends ClaimLetterBase {
  reason: RejectionReason;
  note: string | null;
  /** Documents the reviewer rejected, with why. */
  rejectedDocuments: { kind: DocumentKind; reason: RejectionReason; note: string | null }[];
  /** Required documents never accepted (missing or rejected): what to send again. */
  toSendAgain: DocumentKind[];
}

const day = (iso: string, locale: Locale) => formatLetterDate(new Date(`${iso.slice(0, 10)}T12:00:00Z`), locale);

/** Claim approved and applied: the new address is in force. */
export function claimApprovedLetter(p: ClaimApprovedProps, locale: Locale): Promise<Buffer> {
  const header = { locale, reference: p.reference, date: new Date(p.decidedAt), recipient: p.recipient, customerId: p.nicHandle };
  if (locale === 'fr') {
    return renderSimpleLetter({
      ...header,
      subject: 'Votre demande de changement d’adresse e-mail a été acceptée',
      greeting: 'Madame, Monsieur,',
      paragraphs: [
        `Nous avons bien reçu le ${day(p.receivedOn, locale)} votre courrier demandant le changement de l’adresse e-mail de l’identifiant client ${p.nicHandle}. Les pièces justificatives que vous avez jointes ont été vérifiées et jugées conformes.`,
        `L’adresse e-mail principale de votre compte est désormais ${p.newPrimaryEmail}.${p.newBackupEmail ? ` Votre adresse de secours est ${p.newBackupEmail}.` : ''}`,
      ],
      bullets: p.backupMissing
        ? [
            'Votre compte n’a pas d’adresse e-mail de secours : renseignez-en une, différente de l’adresse principale, dans « Mon profil » de votre espace client.',
          ]
        : [],
      after: [`Si vous n’êtes pas à l’origine de cette demande, contactez immédiatement notre support en citant la référence ${p.reference}.`],
      closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
      signature: 'Le service Support',
    });
  }
  return renderSimpleLetter({
    ...header,
    subject: 'Your request to change your e-mail address has been approved',
    greeting: 'Dear Sir or Madam,',
    paragraphs: [
      `On ${day(p.receivedOn, locale)} we received your letter asking us to change the e-mail address of customer ID ${p.nicHandle}. The supporting documents you enclosed were checked and found compliant.`,
      `The primary e-mail address of your account is now ${p.newPrimaryEmail}.${p.newBackupEmail ? ` Your backup address is ${p.newBackupEmail}.` : ''}`,
    ],
    bullets: p.backupMissing
      ? ['Your account has no backup e-mail address: please add one, different from the primary, under "My profile" in your control panel.']
      : [],
    after: [`If you did not make this request, contact our support immediately and quote the reference ${p.reference}.`],
    closing: 'Yours faithfully,',
    signature: 'The Support team',
  });
}

/** Claim rejected: each reason in plain words, and what to send again. */
export function claimRejectedLetter(p: ClaimRejectedProps, locale: Locale): Promise<Buffer> {
  const header = { locale, reference: p.reference, date: new Date(p.decidedAt), recipient: p.recipient, customerId: p.nicHandle };
  const w = (reason: RejectionReason) => reasonWords[reason][locale];
  const k = (kind: DocumentKind) => kindWords[kind][locale];
  const withNote = (text: string, note: string | null) => (note ? `${text} (${note})` : text);
  const documentLines = p.rejectedDocuments.map((d) => withNote(`${capitalise(k(d.kind))} : ${w(d.reason)}`, d.note));
  if (locale === 'fr') {
    return renderSimpleLetter({
      ...header,
      subject: 'Votre demande de changement d’adresse e-mail n’a pas pu être acceptée',
      greeting: 'Madame, Monsieur,',
      paragraphs: [
        `Nous avons bien reçu le ${day(p.receivedOn, locale)} votre courrier demandant le changement de l’adresse e-mail de l’identifiant client ${p.nicHandle}. Nous ne pouvons pas y donner suite : ${withNote(w(p.reason), p.note)}.`,
        ...(documentLines.length > 0 ? ['Les pièces suivantes n’ont pas pu être acceptées :'] : []),
      ],
      bullets: documentLines,
      after: [
        ...(p.toSendAgain.length > 0
          ? [`Pour une nouvelle demande, merci de nous renvoyer par courrier, avec le formulaire de procédure : ${p.toSendAgain.map(k).join(' ; ')}.`]
          : []),
        `Merci de rappeler la référence ${p.reference} dans votre prochain courrier. Votre adresse e-mail actuelle reste inchangée.`,
      ],
      closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
      signature: 'Le service Support',
    });
  }
  return renderSimpleLetter({
    ...header,
    subject: 'Your request to change your e-mail address could not be accepted',
    greeting: 'Dear Sir or Madam,',
    paragraphs: [
      `On ${day(p.receivedOn, locale)} we received your letter asking us to change the e-mail address of customer ID ${p.nicHandle}. We cannot act on it: ${withNote(w(p.reason), p.note)}.`,
      ...(documentLines.length > 0 ? ['The following documents could not be accepted:'] : []),
    ],
    bullets: documentLines.map((line) => line.replace(' : ', ': ')),
    after: [
      ...(p.toSendAgain.length > 0 ? [`To make a new request, please send us by post, with the procedure form: ${p.toSendAgain.map(k).join('; ')}.`] : []),
      `Please quote the reference ${p.reference} in your next letter. Your current e-mail address is unchanged.`,
    ],
    closing: 'Yours faithfully,',
    signature: 'The Support team',
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const claimLetterTemplates = { claim_approved: claimApprovedLetter, claim_rejected: claimRejectedLetter };
export interface ClaimLetterProps {
  claim_approved: ClaimApprovedProps;
  claim_rejected: ClaimRejectedProps;
}
