// A learner's Markdown notes made safe, one way for the app and the reports: no raw HTML, no images, https links only.
import { Marked, type Tokens } from 'marked';
import { linkProblem } from './safeLink';

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

/**
 * One pass over the notes, left to right, the HTML report's rule in Markdown: an inline link keeps its text, and stays a
 * link only when it is a plain https link that linkProblem accepts; every other bracket, angle bracket and image mark
 * is escaped, so no other link, image, reference definition or raw HTML can form; and the plain-text links GFM viewers
 * make by themselves (http://, ftp://, www., e-mail addresses) are broken with an escape, so only https links are live.
 */
const NOTE_TOKENS = /!?\[([^[\]\n]*)\]\(([^)\n]*)\)|[[\]<>]|\b(?:http|ftp):|\bwww\.|(?<=\w)@(?=\w)/gi;
const PLAIN_HTTPS = /^https:\/\/[^\s()<>]+$/;

function escapeNoteToken(token: string, text: string | undefined, href: string | undefined): string {
  if (href !== undefined) {
    // An image keeps only its description, as in the HTML report.
    const keep = !token.startsWith('!') && PLAIN_HTTPS.test(href) && linkProblem(href) === null;
    return keep ? `[${safeNoteText(text ?? '')}](${href})` : safeNoteText(text ?? '');
  }
  if (token.length === 1) return `\\${token}`;
  // "http:" -> "http\:", "www." -> "www\.": still read the same, no longer a link.
  return `${token.slice(0, -1)}\\${token.slice(-1)}`;
}

const safeNoteText = (markdown: string): string => markdown.replace(NOTE_TOKENS, (token: string, text?: string, href?: string) => escapeNoteToken(token, text, href));

/** Notes kept as Markdown for a Markdown report: raw HTML escaped, only plain https links live (the HTML report's rule). */
export function notesToSafeMarkdown(markdown: string): string {
  return safeNoteText(markdown.replace(/\r\n?/g, '\n'));
}
