// A learner's Markdown notes made safe, one way for the app and the reports: no raw HTML, no images, https links only.
import { Marked, type Tokens } from 'marked';

const HTTPS = /^https:\/\//i;

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML in a note is shown as the text the learner typed, never as markup.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    // Images would load from elsewhere: only their description is kept.
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    link(this: { parser: { parseInline: (tokens: Tokens.Link['tokens']) => string } }, { href, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      return HTTPS.test(href) ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text;
    },
  },
});

/** Notes as HTML that runs nothing and loads nothing (the app sanitises it once more with DOMPurify). */
export function notesToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Notes kept as Markdown for a Markdown report: raw HTML escaped, images and non-https links reduced to their text. */
export function notesToSafeMarkdown(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[<>]/g, (c) => `\\${c}`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\((?!https:\/\/)[^)]*\)/gi, '$1');
}
