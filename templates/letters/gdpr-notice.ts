import { gdprNoticeContent, type GdprNoticeProps } from '../emails/gdpr-notice.js';
import { renderLetterPdf, type Locale, type PostalRecipient } from './layout.js';

/** The GDPR notice as a letter, for requesters who wrote by post or gave no e-mail address. */
export function renderGdprNoticeLetter(input: { props: GdprNoticeProps; locale: Locale; recipient: PostalRecipient; date: Date; nicHandle?: string }) {
  const content = gdprNoticeContent(input.props, input.locale);
  return renderLetterPdf(
    {
      locale: input.locale,
      reference: input.props.requestRef,
      date: input.date,
      recipient: input.recipient,
      subject: content.subject,
      customerId: input.nicHandle,
    },
    (writer) => {
      writer.paragraph(content.greeting);
      for (const paragraph of content.paragraphs) writer.paragraph(paragraph);
      writer.closing(input.locale === 'fr' ? 'Nous vous prions d’agréer nos salutations distinguées.' : 'Yours faithfully,', content.signature);
    },
  );
}
