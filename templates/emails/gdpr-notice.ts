import type { GdprChannel, GdprRight } from '../../db/schema/gdpr.js';
import { renderEmail, type EmailContent, type Locale, type RenderedEmail } from './layout.js';

/** The answers a data-subject request produces; the same words go in the e-mail and in the letter. */
export type GdprNoticeProps =
  | { kind: 'extension'; requesterName: string; requestRef: string; right: GdprRight; receivedOn: string; newDueOn: string; reason: string }
  | { kind: 'identity_proof'; requesterName: string; requestRef: string; right: GdprRight; receivedOn: string; channel: GdprChannel }
  | { kind: 'refusal'; requesterName: string; requestRef: string; right: GdprRight; receivedOn: string; reason: string }
  | { kind: 'completed'; requesterName: string; requestRef: string; right: GdprRight; receivedOn: string; note?: string }
  | { kind: 'erasure_completed'; requesterName: string; requestRef: string; right: GdprRight; receivedOn: string; retainedUntil: string | null };

const rightNames: Record<Locale, Record<GdprRight, string>> = {
  fr: {
    access: 'droit d’accès',
    rectification: 'droit de rectification',
    erasure: 'droit à l’effacement',
    restriction: 'droit à la limitation du traitement',
    portability: 'droit à la portabilité',
    objection: 'droit d’opposition',
  },
  en: {
    access: 'right of access',
    rectification: 'right to rectification',
    erasure: 'right to erasure',
    restriction: 'right to restriction of processing',
    portability: 'right to data portability',
    objection: 'right to object',
  },
};

const remedies: Record<Locale, string> = {
  fr: 'Vous pouvez introduire une réclamation auprès de la CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr) et former un recours juridictionnel.',
  en: 'You may lodge a complaint with the supervisory authority, the CNIL (Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France, www.cnil.fr), and seek a judicial remedy.',
};

/** 2026-03-02 → « 2 mars 2026 » / "2 March 2026". */
export const formatNoticeDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

export function gdprNoticeContent(input: GdprNoticeProps, locale: Locale): EmailContent {
  const date = (iso: string) => formatNoticeDate(iso, locale);
  const props = {
    ...input,
    receivedOn: date(input.receivedOn),
    ...('newDueOn' in input ? { newDueOn: date(input.newDueOn) } : {}),
    ...('retainedUntil' in input && input.retainedUntil ? { retainedUntil: date(input.retainedUntil) } : {}),
  } as GdprNoticeProps;
  const right = rightNames[locale][props.right];
  const fr = locale === 'fr';
  const intro = fr
    ? `Nous avons reçu le ${props.receivedOn} votre demande relative à votre ${right} (référence ${props.requestRef}).`
    : `On ${props.receivedOn} we received your request concerning your ${right} (reference ${props.requestRef}).`;
  const base = {
    greeting: fr ? `Bonjour ${props.requesterName},` : `Hello ${props.requesterName},`,
    signature: fr ? 'Le délégué à la protection des données' : 'The Data Protection Officer',
  };
  const footer = fr ? 'Ce message répond à votre demande au titre du RGPD.' : 'This message answers your request under the GDPR.';
  switch (props.kind) {
    case 'extension':
      return {
        ...base,
        footer,
        subject: fr ? `Votre demande RGPD ${props.requestRef} : délai prolongé` : `Your GDPR request ${props.requestRef}: time limit extended`,
        paragraphs: fr
          ? [
              intro,
              `Compte tenu de sa complexité, nous prolongeons le délai de réponse jusqu’au ${props.newDueOn}, comme le permet l’article 12(3) du RGPD. Motif : ${props.reason}`,
              remedies.fr,
            ]
          : [
              intro,
              `Given its complexity, we are extending the time limit to answer until ${props.newDueOn}, as Article 12(3) GDPR allows. Reason: ${props.reason}`,
              remedies.en,
            ],
      };
    case 'identity_proof':
      // Proportionate (SPEC §4.5): only what lets us be sure the request comes from the account holder.
      return {
        ...base,
        footer,
        subject: fr
          ? `Votre demande RGPD ${props.requestRef} : justificatif d’identité nécessaire`
          : `Your GDPR request ${props.requestRef}: proof of identity needed`,
        paragraphs: fr
          ? [
              intro,
              'Avant de vous communiquer ou d’effacer des données personnelles, nous devons nous assurer que la demande émane bien du titulaire du compte. Merci de nous adresser une copie d’une pièce d’identité en cours de validité (carte d’identité, passeport ou titre de séjour) au nom du titulaire, en répondant à ce message ou par courrier, en rappelant la référence ci-dessus. Vous pouvez masquer les informations qui ne sont pas nécessaires (numéro du document, photo).',
              'Le délai de réponse d’un mois est suspendu jusqu’à réception de ce justificatif ; il reprendra le jour où nous le recevrons. Le justificatif sera supprimé une fois votre identité vérifiée.',
            ]
          : [
              intro,
              'Before we disclose or erase any personal data, we must be sure that the request comes from the account holder. Please send us a copy of a valid identity document (identity card, passport or residence permit) in the holder’s name, by replying to this message or by post, quoting the reference above. You may mask what is not needed (document number, photo).',
              'The one-month time limit to answer is suspended until we receive it, and resumes on the day we do. The document will be deleted once your identity is verified.',
            ],
      };
    case 'refusal':
      return {
        ...base,
        footer,
        subject: fr ? `Votre demande RGPD ${props.requestRef} : refus motivé` : `Your GDPR request ${props.requestRef}: our decision`,
        paragraphs: fr
          ? [intro, `Nous ne pouvons pas y donner suite, pour la raison suivante : ${props.reason}`, remedies.fr]
          : [intro, `We cannot act on it, for the following reason: ${props.reason}`, remedies.en],
      };
    case 'completed':
      return {
        ...base,
        footer,
        subject: fr ? `Votre demande RGPD ${props.requestRef} : réponse` : `Your GDPR request ${props.requestRef}: done`,
        paragraphs: [
          intro,
          fr ? 'Nous y avons donné suite.' : 'We have acted on it.',
          ...(props.note ? [props.note] : []),
          fr ? `Si cette réponse ne vous satisfait pas : ${remedies.fr}` : `If this answer does not satisfy you: ${remedies.en}`,
        ],
      };
    case 'erasure_completed':
      return {
        ...base,
        footer,
        subject: fr ? `Votre demande RGPD ${props.requestRef} : données effacées` : `Your GDPR request ${props.requestRef}: data erased`,
        paragraphs: [
          intro,
          fr
            ? 'Votre identifiant client et les données personnelles associées ont été effacés. Ce message est le dernier que nous vous adressons ; il sera lui-même effacé après son envoi.'
            : 'Your customer ID and the personal data attached to it have been erased. This is the last message we send you; it will itself be erased once sent.',
          ...(props.retainedUntil
            ? [
                fr
                  ? `Seules vos factures sont conservées, à accès restreint, jusqu’au ${props.retainedUntil}, comme l’exige l’article L123-22 du Code de commerce.`
                  : `Only your invoices are kept, with restricted access, until ${props.retainedUntil}, as article L123-22 of the French Commercial Code requires.`,
              ]
            : []),
          fr ? remedies.fr : remedies.en,
        ],
      };
  }
}

export function gdprNotice(props: GdprNoticeProps, locale: Locale): RenderedEmail {
  return renderEmail(gdprNoticeContent(props, locale));
}
