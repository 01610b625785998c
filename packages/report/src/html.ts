/**
 * The self-contained page: one HTML file with uPlot (inlined from node_modules), the page's own CSS and
 * vanilla JS (packages/report/assets), and the report data as embedded JSON. It loads nothing from
 * the network and opens from disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const asset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');

/** The inlined chart library: uPlot's minified IIFE build and its stylesheet. */
export function chartLibrary(): { js: string; css: string } {
  return {
    js: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
    css: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  };
}

/** JSON safe inside a `<script>` element (no `</script>`, no `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page for `payload`; `title` goes in `<title>`. */
export function renderPage(title: string, payload: unknown): string {
  const lib = chartLibrary();
  const slots: Record<string, string> = {
    TITLE: escapeHtml(title),
    STYLE: `${lib.css}\n${asset('report.css')}`,
    LIBRARY: lib.js,
    APP: asset('report.js'),
    DATA: scriptJson(payload),
  };
  // Function replacement: the inlined code contains `$&`-like sequences a replacement string would expand.
  return asset('report.html').replace(
    /\{\{(TITLE|STYLE|LIBRARY|APP|DATA)\}\}/g,
    (_, key: string) => slots[key]!,
  );
}
