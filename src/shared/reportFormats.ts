// The formats a progress report comes in, named once (no imports, so the renderer and the contract can use it cheaply).

/** The text formats a report renders to. */
export const TEXT_REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type TextReportFormat = (typeof TEXT_REPORT_FORMATS)[number];

/** What the app's export offers: Markdown, HTML, and PDF (the HTML, printed by the app). */
export const EXPORT_REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ExportReportFormat = (typeof EXPORT_REPORT_FORMATS)[number];
