import { renderEmail, type Locale, type RenderedEmail } from './layout.js';

export interface BackupPromotedProps {
  customerName: string;
  nicHandle: string;
  newPrimary: string;
}

/** To the new primary address: the backup is now the primary; set a new backup. */
export function backupPromoted(props: BackupPromotedProps, locale: Locale): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail({
      subject: `Votre adresse de secours est devenue votre adresse principale (${props.nicHandle})`,
      greeting: `Bonjour ${props.customerName},`,
      paragraphs: [
        `À votre demande, notre support a fait de votre adresse de secours (${props.newPrimary}) l’adresse e-mail principale de votre identifiant client ${props.nicHandle}.`,
        'Votre compte n’a désormais plus d’adresse de secours. Il est essentiel d’en renseigner une nouvelle, différente de l’adresse principale, depuis votre espace client :',
      ],
      steps: [
        'Cliquez sur votre nom en haut à droite, puis sur vos initiales.',
        'Dans « Mon profil », choisissez « Éditer mon profil ».',
        'Renseignez une nouvelle adresse e-mail de secours et validez.',
      ],
      signature: 'L’équipe Support',
      footer: 'Vous recevez ce message car l’adresse principale de votre compte a été modifiée.',
    });
  }
  return renderEmail({
    subject: `Your backup address is now your primary e-mail address (${props.nicHandle})`,
    greeting: `Hello ${props.customerName},`,
    paragraphs: [
      `At your request, our support team made your backup address (${props.newPrimary}) the primary e-mail address of your customer ID ${props.nicHandle}.`,
      'Your account no longer has a backup address. Please set a new one, different from the primary, from your control panel:',
    ],
    steps: [
      'Click your name at the top right, then your initials.',
      'Under "My profile", choose "Edit my profile".',
      'Enter a new backup e-mail address and confirm.',
    ],
    signature: 'The Support team',
    footer: 'You are receiving this message because the primary address of your account was changed.',
  });
}
