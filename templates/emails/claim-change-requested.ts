import { renderEmail, type Locale, type RenderedEmail } from './layout.js';

export interface ClaimChangeRequestedProps {
  customerName: string;
  nicHandle: string;
  reference: string;
  /** ISO instant until which an objection stops the change. */
  holdUntil: string;
  newPrimaryMasked: string;
}

/** To the account's current addresses, before a mailed claim is applied: what is coming and how to stop it. */
export function claimChangeRequested(props: ClaimChangeRequestedProps, locale: Locale): RenderedEmail {
  const until = new Date(props.holdUntil);
  if (locale === 'fr') {
    const date = until.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
    return renderEmail({
      subject: `Demande de changement de l’adresse e-mail de ${props.nicHandle} (référence ${props.reference})`,
      greeting: `Bonjour ${props.customerName},`,
      paragraphs: [
        `Nous avons reçu par courrier une demande de remplacement de l’adresse e-mail principale de l’identifiant client ${props.nicHandle} par ${props.newPrimaryMasked}. Les pièces justificatives ont été vérifiées et la demande a été acceptée.`,
        `Le changement sera appliqué après le ${date}. Si vous n’êtes pas à l’origine de cette demande, contactez notre support avant cette date en citant la référence ${props.reference} : nous suspendrons le changement.`,
      ],
      signature: 'L’équipe Support',
      footer: 'Message de sécurité envoyé aux adresses actuelles du compte.',
    });
  }
  const date = until.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return renderEmail({
    subject: `Request to change the e-mail address of ${props.nicHandle} (reference ${props.reference})`,
    greeting: `Hello ${props.customerName},`,
    paragraphs: [
      `We received a request by post to replace the primary e-mail address of customer ID ${props.nicHandle} with ${props.newPrimaryMasked}. The supporting documents were checked and the request was approved.`,
      `The change will be applied after ${date} (UTC). If you did not make this request, contact our support before then and quote the reference ${props.reference}: we will stop the change.`,
    ],
    signature: 'The Support team',
    footer: "Security message sent to the account's current addresses.",
  });
}
