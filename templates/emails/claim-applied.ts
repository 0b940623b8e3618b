import { renderEmail, type Locale, type RenderedEmail } from './layout.js';

export interface ClaimAppliedProps {
  customerName: string;
  nicHandle: string;
  reference: string;
  newPrimary: string;
  backupMissing: boolean;
}

/** To the new primary address once a mailed claim is applied. */
export function claimApplied(props: ClaimAppliedProps, locale: Locale): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail({
      subject: `Votre nouvelle adresse e-mail principale (${props.nicHandle})`,
      greeting: `Bonjour ${props.customerName},`,
      paragraphs: [
        `À la suite de votre demande par courrier (référence ${props.reference}), ${props.newPrimary} est désormais l’adresse e-mail principale de l’identifiant client ${props.nicHandle}.`,
        ...(props.backupMissing
          ? ['Votre compte n’a pas d’adresse de secours : renseignez-en une, différente de l’adresse principale, dans « Mon profil ».']
          : []),
      ],
      signature: 'L’équipe Support',
      footer: 'Vous recevez ce message car l’adresse principale de votre compte a été modifiée.',
    });
  }
  return renderEmail({
    subject: `Your new primary e-mail address (${props.nicHandle})`,
    greeting: `Hello ${props.customerName},`,
    paragraphs: [
      `Following your request by post (reference ${props.reference}), ${props.newPrimary} is now the primary e-mail address of customer ID ${props.nicHandle}.`,
      ...(props.backupMissing ? ['Your account has no backup address: please add one, different from the primary, under "My profile".'] : []),
    ],
    signature: 'The Support team',
    footer: 'You are receiving this message because the primary address of your account was changed.',
  });
}
