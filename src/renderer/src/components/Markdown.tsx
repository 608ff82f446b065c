// Shows sanitized Markdown. The HTML comes from renderNotes, which strips scripts, handlers and non-https links.
import { useMemo } from 'react';
import { renderNotes } from './markdown';

export function Markdown({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => renderNotes(source), [source]);
  return <div className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
