import { renderEmail, type Locale, type RenderedEmail } from './layout.js';

export interface PrimaryReplacedProps {
  customerName: string;
  nicHandle: string;
  /** Masked (j***@example.net): this goes to the address that lost access, maybe to someone else. */
  newPrimaryMasked: string;
  changedAt: string;
  /** Promotion of the backup (default) or a mailed claim: the notice says which. */
  cause?: 'promotion' | 'claim';
}

/** Security notice to the former primary address. */
export function primaryReplaced(props: PrimaryReplacedProps, locale: Locale): RenderedEmail {
  const when = new Date(props.changedAt);
  if (locale === 'fr') {
    const date = when.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
    return renderEmail({
      subject: `Alerte de sécurité : l’adresse e-mail principale de ${props.nicHandle} a changé`,
      greeting: `Bonjour ${props.customerName},`,
      paragraphs: [
        `Le ${date}, notre support a remplacé l’adresse e-mail principale de l’identifiant client ${props.nicHandle} ${props.cause === 'claim' ? 'à la suite d’une demande reçue par courrier, par une nouvelle adresse' : 'par son adresse de secours'} (${props.newPrimaryMasked}). Cette adresse-ci ne recevra plus les messages du compte.`,
        'Si vous n’êtes pas à l’origine de cette demande, contactez immédiatement notre support et :',
      ],
      steps: ['modifiez sans attendre le mot de passe de votre compte ;', 'sécurisez votre compte avec la double authentification.'],
      signature: 'L’équipe Support',
      footer: 'Message de sécurité envoyé à l’ancienne adresse principale du compte.',
    });
  }
  const date = when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return renderEmail({
    subject: `Security notice: the primary e-mail address of ${props.nicHandle} changed`,
    greeting: `Hello ${props.customerName},`,
    paragraphs: [
      `On ${date} (UTC), our support team replaced the primary e-mail address of customer ID ${props.nicHandle} with ${props.cause === 'claim' ? 'a new address following a request received by post' : 'its backup address'} (${props.newPrimaryMasked}). This address will no longer receive the account's messages.`,
      'If you did not ask for this, contact our support immediately and:',
    ],
    steps: ['change your account password now;', 'secure your account with two-factor authentication.'],
    signature: 'The Support team',
    footer: "Security message sent to the account's former primary address.",
  });
}
