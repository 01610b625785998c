/** The backtest page: the payload of `model.ts` rendered into the page template. */
import { renderPage } from './html.js';
import { type BacktestReportInput, backtestPayload } from './model.js';

/** The whole HTML file of a backtest report (one or several runs side by side). */
export function backtestReportHtml(input: BacktestReportInput): string {
  const labels = input.runs.map((r) => r.label).join(', ');
  return renderPage(`tactical backtest: ${labels}`, backtestPayload(input));
}
