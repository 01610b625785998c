/**
 * One line per metric saying exactly how it is computed, shown on hover in the report's metrics
 * table (the full definitions are in each file of packages/runtime/src/metrics).
 */
export const METRIC_CONVENTIONS: ReadonlyMap<
  string,
  { label: string; kind: 'pct' | 'ratio' | 'money' | 'count' | 'text'; help: string }
> = new Map([
  ['start', { label: 'First session', kind: 'text', help: 'First session in the range (ISO day).' }],
  ['end', { label: 'Last session', kind: 'text', help: 'Last session in the range (ISO day).' }],
  [
    'sessions',
    {
      label: 'Sessions',
      kind: 'count',
      help: 'Exchange sessions in the range, each with one equity value after its close.',
    },
  ],
  [
    'initialEquity',
    {
      label: 'Initial equity',
      kind: 'money',
      help: 'Equity after the first session’s close (the base of every return).',
    },
  ],
  [
    'finalEquity',
    {
      label: 'Final equity',
      kind: 'money',
      help: 'Equity after the last session’s close: cash + Σ quantity × close.',
    },
  ],
  ['totalReturn', { label: 'Total return', kind: 'pct', help: 'last equity / first equity − 1.' }],
  [
    'cagr',
    { label: 'CAGR', kind: 'pct', help: '(last/first)^(1/years) − 1, years = calendar days / 365.25.' },
  ],
  ['volatility', { label: 'Volatility (ann.)', kind: 'pct', help: 'Sample stdev of daily returns × √252.' }],
  [
    'sharpe',
    {
      label: 'Sharpe',
      kind: 'ratio',
      help: 'Mean daily excess return / its sample stdev × √252 (risk-free annual rate / 252 per session; default 0).',
    },
  ],
  [
    'sortino',
    {
      label: 'Sortino',
      kind: 'ratio',
      help: 'Mean daily excess return / downside deviation × √252; downside deviation = sqrt(Σ min(0, r − rf)² / n) over all n sessions.',
    },
  ],
  [
    'maxDrawdown',
    {
      label: 'Max drawdown',
      kind: 'pct',
      help: 'Deepest fall of equity below its running peak, as a fraction (≤ 0).',
    },
  ],
  [
    'maxDrawdownPeak',
    { label: 'Drawdown peak', kind: 'text', help: 'Session of the peak before the deepest drawdown.' },
  ],
  [
    'maxDrawdownTrough',
    { label: 'Drawdown trough', kind: 'text', help: 'Session of the deepest drawdown’s trough.' },
  ],
  [
    'maxDrawdownRecovery',
    {
      label: 'Recovered',
      kind: 'text',
      help: 'First session back at or above the peak; empty when never recovered.',
    },
  ],
  [
    'calmar',
    {
      label: 'Calmar',
      kind: 'ratio',
      help: 'CAGR / |max drawdown| over the whole run (not the trailing 36 months).',
    },
  ],
  [
    'turnover',
    {
      label: 'Turnover (ann.)',
      kind: 'ratio',
      help: 'Σ |traded notional| / 2 / mean equity / years: moving the whole book once is 1.',
    },
  ],
  [
    'meanGrossExposure',
    {
      label: 'Mean gross exposure',
      kind: 'pct',
      help: 'Mean over sessions of Σ |quantity × close| / equity after the close.',
    },
  ],
  [
    'timeInvested',
    { label: 'Time invested', kind: 'pct', help: 'Fraction of sessions holding any position.' },
  ],
  [
    'rebalances',
    { label: 'Rebalances', kind: 'count', help: 'Sessions whose decision produced at least one order.' },
  ],
  [
    'orders',
    { label: 'Orders', kind: 'count', help: 'Orders over the run (one per asset traded on a rebalance).' },
  ],
]);

/** Conventions of the benchmark-relative metrics (`metrics.benchmark`). */
export const BENCHMARK_CONVENTIONS: ReadonlyMap<
  string,
  { label: string; kind: 'pct' | 'ratio' | 'text'; help: string }
> = new Map([
  [
    'name',
    { label: 'Benchmark', kind: 'text', help: 'Benchmark asset (its adjusted close, i.e. with dividends).' },
  ],
  [
    'totalReturn',
    { label: 'Benchmark return', kind: 'pct', help: 'Benchmark last / first − 1 over the same sessions.' },
  ],
  ['cagr', { label: 'Benchmark CAGR', kind: 'pct', help: 'Benchmark CAGR, years = calendar days / 365.25.' }],
  [
    'excessReturn',
    { label: 'Excess return', kind: 'pct', help: 'Strategy total return − benchmark total return.' },
  ],
  [
    'beta',
    {
      label: 'Beta',
      kind: 'ratio',
      help: 'Regression slope of daily strategy returns on daily benchmark returns.',
    },
  ],
  [
    'alpha',
    { label: 'Alpha (ann.)', kind: 'pct', help: 'Jensen’s alpha: (mean r − rf − β·(mean r_b − rf)) × 252.' },
  ],
  [
    'correlation',
    {
      label: 'Correlation',
      kind: 'ratio',
      help: 'Pearson correlation of daily strategy and benchmark returns.',
    },
  ],
]);
