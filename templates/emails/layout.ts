export type Locale = 'fr' | 'en';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** French for French-speaking customers, English for everyone else (SPEC §4.9: French and English). */
export function localeFor(language: string): Locale {
  return language === 'fr' ? 'fr' : 'en';
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface EmailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Short advice lines rendered as a list. */
  steps?: string[];
  signature: string;
  footer: string;
}

/** One layout for every customer e-mail: the same structure as plain text and as HTML. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const steps = content.steps ?? [];
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(steps.length > 0 ? [...steps.map((s) => `  - ${s}`), ''] : []),
    content.signature,
    '',
    '--',
    content.footer,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: Arial, sans-serif; color: #1b2a3a; max-width: 600px; margin: 0 auto;">
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${steps.length > 0 ? `<ul>${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : ''}
<p>${escapeHtml(content.signature)}</p>
<hr style="border: none; border-top: 1px solid #d0d7de;">
<p style="font-size: 12px; color: #57606a;">${escapeHtml(content.footer)}</p>
</body></html>`;
  return { subject: content.subject, text, html };
}
