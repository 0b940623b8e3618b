import { renderEmail, type Locale, type RenderedEmail } from './layout.js';

export interface SecurityAdviceProps {
  customerName: string;
  nicHandle: string;
}

/**
 * The guide's advice after an unknown login ("Que faire en cas de suspicion d’usurpation
 * d’identité ?"): change the password now, secure the account with two-factor authentication,
 * and contact support if activity looks suspicious.
 */
export function securityAdvice(props: SecurityAdviceProps, locale: Locale): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail({
      subject: `Sécurisez votre compte ${props.nicHandle}`,
      greeting: `Bonjour ${props.customerName},`,
      paragraphs: [
        `Notre support a relevé une activité inhabituelle sur votre identifiant client ${props.nicHandle}, ou vous nous l’avez signalée.`,
        'Si vous avez reçu un e-mail vous indiquant une connexion inconnue à votre espace client, nous vous conseillons de :',
      ],
      steps: [
        'modifier immédiatement le mot de passe de votre compte depuis votre espace client ;',
        'sécuriser votre compte en activant la double authentification (téléphone, application ou clé de sécurité).',
      ],
      signature: 'L’équipe Support',
      footer:
        'Si vous constatez une activité suspecte sur votre compte, contactez notre support afin que nos équipes vous assistent. Nous ne vous demanderons jamais votre mot de passe.',
    });
  }
  return renderEmail({
    subject: `Secure your account ${props.nicHandle}`,
    greeting: `Hello ${props.customerName},`,
    paragraphs: [
      `Our support team noticed unusual activity on your customer ID ${props.nicHandle}, or you reported it to us.`,
      'If you received an e-mail telling you about a login to your control panel that you do not recognise, we advise you to:',
    ],
    steps: [
      'change the password of your account right away, from your control panel;',
      'secure your account by enabling two-factor authentication (phone, app or security key).',
    ],
    signature: 'The Support team',
    footer: 'If you notice suspicious activity on your account, contact our support team and we will help you. We will never ask you for your password.',
  });
}
