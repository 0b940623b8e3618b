import { renderEmail, type RenderedEmail } from './layout.js';

export interface StaffLinkProps {
  displayName: string;
  purpose: 'invitation' | 'password-reset';
  link: string;
  expiresAt: string;
}

/**
 * To a staff member: the one-time link by which they set their own password. Staff have no language
 * on file, so the message is in French and English. Never stored: it goes straight to the transport.
 */
export function staffLink(props: StaffLinkProps): RenderedEmail {
  const until = props.expiresAt.replace('T', ' ').slice(0, 16) + ' UTC';
  const invitation = props.purpose === 'invitation';
  return renderEmail({
    subject: invitation ? 'Guichet : votre accès à la console / your console access' : 'Guichet : choisir un nouveau mot de passe / choose a new password',
    greeting: `Bonjour ${props.displayName}, / Hello ${props.displayName},`,
    paragraphs: [
      invitation
        ? 'Un compte a été ouvert pour vous dans la console Guichet. Choisissez votre mot de passe avec ce lien (utilisable une seule fois) :'
        : 'Une réinitialisation de votre mot de passe Guichet a été demandée. Choisissez-en un nouveau avec ce lien (utilisable une seule fois) :',
      props.link,
      `Ce lien expire le ${until}. Personne d’autre que vous ne doit connaître votre mot de passe.`,
      invitation
        ? 'An account was opened for you in the Guichet console. Choose your password with this link (it works once):'
        : 'A reset of your Guichet password was requested. Choose a new one with this link (it works once):',
      props.link,
      `This link expires on ${until}. Nobody but you should ever know your password.`,
    ],
    signature: 'Guichet',
    footer: 'Si vous n’attendiez pas ce message, prévenez votre responsable. / If you did not expect this message, tell your team lead.',
  });
}
