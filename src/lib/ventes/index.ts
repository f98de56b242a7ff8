/**
 * The public face of src/lib/ventes. Turnover analyses on sales rows (chapter 2): CA by period and
 * by client, and how a figure changes over time.
 */
export * from './evolution.ts';
export * from './ventes.ts';
