// Renders a learner's Markdown notes to HTML that cannot run anything: the shared safe renderer, then DOMPurify again,
// handed to the page as TrustedHTML from the one Trusted Types policy the Content-Security-Policy allows.
import DOMPurify, { type Config } from 'dompurify';
import { NOTES_POLICY } from '../../../shared/contentSecurityPolicy';
import { notesToHtml } from '../../../shared/notesMarkdown';

// Chromium's factory, typed here by what this module uses (the DOM library in TypeScript does not declare it yet).
type PolicyFactory = { createPolicy: (name: string, rules: { createHTML: (html: string) => string; createScriptURL: () => never }) => NonNullable<Config['TRUSTED_TYPES_POLICY']> };

/**
 * The page's only Trusted Types policy. Its createHTML passes text through unchanged, which is safe only because the
 * policy object never leaves this module: DOMPurify alone calls it, once to parse the dirty notes into an inert document
 * and once to wrap what survived sanitising. Where the browser has no Trusted Types (jsdom in tests), sanitize returns
 * a plain string, which React accepts the same way.
 */
const policy = (window as { trustedTypes?: PolicyFactory }).trustedTypes?.createPolicy(NOTES_POLICY, {
  createHTML: (html: string) => html,
  createScriptURL: () => {
    throw new TypeError('Notes never load scripts.');
  },
});

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

export function renderNotes(markdown: string): ReturnType<typeof DOMPurify.sanitize> {
  ensureHooks();
  return DOMPurify.sanitize(notesToHtml(markdown), {
    ALLOWED_TAGS: [
      'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
    ],
    ALLOWED_ATTR: ['href', 'target', 'rel', 'type', 'checked', 'disabled'],
    ALLOW_DATA_ATTR: false,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy, RETURN_TRUSTED_TYPE: true } : {}),
  });
}
