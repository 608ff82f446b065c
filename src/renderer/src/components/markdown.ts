// Renders a learner's Markdown notes to HTML that cannot run anything: the shared safe renderer, then DOMPurify again.
import DOMPurify from 'dompurify';
import { notesToHtml } from '../../../shared/notesMarkdown';

let hooked = false;

function ensureHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      // Only https links survive; they open outside the app (the main process allows https pop-ups only).
      if (!/^https:\/\//i.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

export function renderNotes(markdown: string): string {
  ensureHooks();
  return DOMPurify.sanitize(notesToHtml(markdown), {
    ALLOWED_TAGS: [
      'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
    ],
    ALLOWED_ATTR: ['href', 'target', 'rel', 'type', 'checked', 'disabled'],
    ALLOW_DATA_ATTR: false,
  });
}
