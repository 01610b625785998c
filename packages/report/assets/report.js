// The report page: reads the embedded JSON (#report-data) and draws it with uPlot and plain DOM.
// Vanilla JS, no build step, no network. `window.tacticalReport` exposes the charts for tests.
(() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const app = document.getElementById('app');
  const charts = {};
  window.tacticalReport = { data, charts };

  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
  const BENCH = '#7f7f7f';
  const AREA = [
    '#4e79a7',
    '#f28e2b',
    '#e15759',
    '#76b7b2',
    '#59a14f',
    '#edc948',
    '#b07aa1',
    '#ff9da7',
    '#9c755f',
    '#86bcb6',
    '#8cd17d',
    '#b6992d',
    '#499894',
    '#d37295',
    '#fabfd2',
    '#79706e',
    '#d4a6c8',
    '#a0cbe8',
    '#ffbe7d',
    '#f1ce63',
  ];
  const CASH = '#d9d9d9';

  /** Create an element: el('td', {class: 'x', title: 'y'}, child, 'text', …). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Number.POSITIVE_INFINITY)) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
  const fmt = {
    pct: (x) => (isNum(x) ? `${(x * 100).toFixed(2)}%` : '—'),
    ratio: (x) => (isNum(x) ? x.toFixed(2) : '—'),
    money: (x) =>
      isNum(x) ? x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—',
    count: (x) => (isNum(x) ? String(x) : '—'),
    text: (x) => (x === null || x === undefined || x === '' ? '—' : String(x)),
    num: (x) => (isNum(x) ? String(x) : '—'),
  };
  /** A metric by key; 'a.b' reads a nested field (cashFlows.dividends). */
  const metricAt = (metrics, key) =>
    key.split('.').reduce((o, k) => (o === null || o === undefined ? o : o[k]), metrics);
  const isoOfDay = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  const utc = (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

  // ---- charts -------------------------------------------------------------------------------------

  const chartBoxes = [];
  function widthOf(box) {
    return Math.max(320, Math.floor(box.clientWidth || 900));
  }

  /**
   * A uPlot chart in a new box: `series` are uPlot series options (without the x series), `columns`
   * the x values then one array per series. The box says how many points it holds (data-points).
   */
  function chart(id, title, series, columns, extra) {
    const box = el('div', { class: 'chart', 'data-chart': id, 'data-points': columns[0].length });
    const opts = Object.assign(
      {
        title,
        width: 900,
        height: 260,
        tzDate: utc,
        scales: { x: { time: true } },
        series: [{ value: (_u, v) => (v === null ? '—' : isoOfDay(Math.round(v / 86400))) }, ...series],
        legend: { live: true },
        cursor: { sync: { key: 'time' } },
      },
      extra || {},
    );
    const entry = { box, opts, columns, plot: null };
    chartBoxes.push(entry);
    // Drawn once the box is in the document (its width is known then).
    requestAnimationFrame(() => draw(entry, id));
    return box;
  }

  function draw(entry, id) {
    if (entry.plot) entry.plot.destroy();
    entry.opts.width = widthOf(entry.box);
    entry.plot = new uPlot(entry.opts, entry.columns, entry.box);
    charts[id] = entry.plot;
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      for (const e of chartBoxes)
        if (e.plot) e.plot.setSize({ width: widthOf(e.box), height: e.opts.height });
    }, 100);
  });

  const axisPct = { values: (_u, vals) => vals.map((v) => `${(v * 100).toFixed(0)}%`), size: 60 };
  const axisRatio = { values: (_u, vals) => vals.map((v) => v.toFixed(1)), size: 50 };
  const axisMoney = {
    values: (_u, vals) =>
      vals.map((v) => (Math.abs(v) >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : `${Math.round(v / 1e3)}k`)),
    size: 60,
  };
  const line = (label, stroke, value, dash) => ({
    label,
    stroke,
    width: 1.25,
    value,
    ...(dash ? { dash } : {}),
    spanGaps: false,
  });

  /** One x axis for all runs: the union of their sessions; each run's values aligned to it (null where absent). */
  function aligned(runs) {
    const all = new Set();
    for (const r of runs) for (const d of r.days) all.add(d);
    const days = [...all].sort((a, b) => a - b);
    const pos = new Map(days.map((d, i) => [d, i]));
    const align = (r, values) => {
      const out = new Array(days.length).fill(null);
      r.days.forEach((d, i) => {
        out[pos.get(d)] = values[i];
      });
      return out;
    };
    return { x: days.map((d) => d * 86400), align };
  }

  // ---- tables -------------------------------------------------------------------------------------

  /**
   * A searchable, paged table. `rowAt(i)` gives the cells of row i (strings or nodes), `textAt(i)` the
   * text searched. Page size 100 by default; "all" shows every row.
   */
  function pagedTable(name, headers, count, rowAt, textAt) {
    let size = 100;
    let page = 0;
    let query = '';
    let matches = [];
    const tbody = el('tbody');
    const status = el('span', { class: 'status' });
    const prev = el('button', { type: 'button', onclick: () => show(page - 1) }, '‹ prev');
    const next = el('button', { type: 'button', onclick: () => show(page + 1) }, 'next ›');
    const search = el('input', { type: 'search', placeholder: 'search…', 'aria-label': `search ${name}` });
    const sizes = el(
      'select',
      { 'aria-label': `${name} rows per page` },
      ['50', '100', '500', 'all'].map((v) => el('option', { value: v, selected: v === '100' }, v)),
    );
    function filter() {
      const q = query.toLowerCase();
      matches = [];
      for (let i = 0; i < count; i++) if (!q || textAt(i).toLowerCase().includes(q)) matches.push(i);
    }
    function show(p) {
      const per = size === 0 ? Math.max(1, matches.length) : size;
      const pages = Math.max(1, Math.ceil(matches.length / per));
      page = Math.min(Math.max(0, p), pages - 1);
      const from = page * per;
      const to = Math.min(matches.length, from + per);
      tbody.replaceChildren(
        ...matches.slice(from, to).map((i) =>
          el(
            'tr',
            {},
            rowAt(i).map((c) => el('td', {}, c)),
          ),
        ),
      );
      status.textContent =
        matches.length === 0
          ? `no rows${query ? ` match (of ${count})` : ''}`
          : `${from + 1}–${to} of ${matches.length}${query ? ` matching (of ${count})` : ''}`;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    search.addEventListener('input', () => {
      query = search.value.trim();
      filter();
      show(0);
    });
    sizes.addEventListener('change', () => {
      size = sizes.value === 'all' ? 0 : Number(sizes.value);
      show(0);
    });
    filter();
    show(0);
    return el(
      'div',
      { class: 'paged', 'data-table': name, 'data-rows': count },
      el('div', { class: 'controls' }, search, prev, next, sizes, status),
      el(
        'table',
        { class: 'data' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            headers.map((h) => el('th', {}, h)),
          ),
        ),
        tbody,
      ),
    );
  }

  function section(id, title, ...children) {
    return el('section', { id }, el('h2', {}, title), children);
  }

  // ---- backtest -----------------------------------------------------------------------------------

  function renderBacktest() {
    const runs = data.runs;
    const multi = runs.length > 1;
    const color = (k) => COLORS[k % COLORS.length];
    const nav = [
      ['performance', 'Performance'],
      ['metrics', 'Metrics'],
      ['monthly', 'Monthly returns'],
      ['allocation', 'Allocation'],
      ['trades', 'Trades'],
      ['decisions', 'Decisions'],
      ['issues', 'Issues'],
      ['provenance', 'Provenance'],
    ];
    const first = runs[0];
    const span =
      first && first.days.length > 0
        ? `${isoOfDay(first.days[0])} → ${isoOfDay(first.days[first.days.length - 1])}`
        : '';
    app.replaceChildren(
      el(
        'header',
        {},
        el('h1', {}, multi ? `Backtest comparison: ${runs.length} specs` : `Backtest: ${first.label}`),
        el('p', { class: 'sub' }, `${span} · engine ${data.engineVersion}`),
        el(
          'nav',
          {},
          nav.map(([id, t]) => el('a', { href: `#${id}` }, t)),
        ),
      ),
    );

    // Performance
    const ax = aligned(runs);
    const logBox = el('input', { type: 'checkbox', id: 'log-scale' });
    const equityHolder = el('div');
    const equitySeries = [];
    const equityColumns = [ax.x];
    runs.forEach((r, k) => {
      equitySeries.push(line(r.label, color(k), (_u, v) => fmt.money(v)));
      equityColumns.push(ax.align(r, r.equity));
    });
    const benchSeen = new Set();
    runs.forEach((r) => {
      if (!r.benchmark) return;
      const key = `${r.benchmark.symbol}@${r.days[0]}`;
      if (benchSeen.has(key)) return;
      benchSeen.add(key);
      equitySeries.push(line(`${r.benchmark.symbol} (benchmark)`, BENCH, (_u, v) => fmt.money(v), [4, 3]));
      equityColumns.push(ax.align(r, r.benchmark.values));
    });
    const drawEquity = () => {
      const log = logBox.checked;
      equityHolder.replaceChildren(
        chart('equity', `Equity${log ? ' (log scale)' : ''}`, equitySeries, equityColumns, {
          height: 320,
          scales: { x: { time: true }, y: log ? { distr: 3 } : {} },
          axes: [{}, axisMoney],
        }),
      );
    };
    logBox.addEventListener('change', () => {
      const old = chartBoxes.findIndex((e) => e.box.dataset.chart === 'equity');
      if (old >= 0) {
        chartBoxes[old].plot?.destroy();
        chartBoxes.splice(old, 1);
      }
      drawEquity();
    });
    drawEquity();
    const perRun = (id, title, pick, axis, fill) =>
      chart(
        id,
        title,
        runs.map((r, k) => ({
          ...line(r.label, color(k), (_u, v) => (axis === axisPct ? fmt.pct(v) : fmt.ratio(v))),
          ...(fill && !multi ? { fill: 'rgba(214,39,40,0.15)' } : {}),
        })),
        [ax.x, ...runs.map((r) => ax.align(r, pick(r)))],
        { axes: [{}, axis], height: 200 },
      );
    app.append(
      section(
        'performance',
        'Performance',
        el('label', { class: 'toggle' }, logBox, ' log scale'),
        equityHolder,
        perRun('drawdown', 'Drawdown', (r) => r.drawdown, axisPct, true),
        el(
          'p',
          { class: 'note' },
          'Rolling 12 months = trailing 252 sessions; Sharpe with a risk-free rate of 0.',
        ),
        perRun('rolling-return', 'Rolling 12-month return', (r) => r.rolling.ret, axisPct),
        perRun('rolling-vol', 'Rolling 12-month volatility (ann.)', (r) => r.rolling.vol, axisPct),
        perRun('rolling-sharpe', 'Rolling 12-month Sharpe', (r) => r.rolling.sharpe, axisRatio),
      ),
    );

    // Metrics
    const head = el(
      'tr',
      {},
      el('th', {}, 'Metric'),
      runs.map((r, k) => el('th', { style: `color:${color(k)}` }, r.label)),
    );
    const body = el('tbody');
    for (const c of data.conventions.metrics) {
      body.append(
        el(
          'tr',
          { 'data-metric': c.key },
          el('th', { title: c.help, class: 'help' }, c.label),
          runs.map((r) => el('td', { class: 'num' }, fmt[c.kind](metricAt(r.metrics, c.key)))),
        ),
      );
    }
    if (runs.some((r) => r.metrics.benchmark)) {
      for (const c of data.conventions.benchmark) {
        body.append(
          el(
            'tr',
            { 'data-metric': `benchmark.${c.key}` },
            el('th', { title: c.help, class: 'help' }, c.label),
            runs.map((r) =>
              el('td', { class: 'num' }, r.metrics.benchmark ? fmt[c.kind](r.metrics.benchmark[c.key]) : '—'),
            ),
          ),
        );
      }
    }
    app.append(
      section(
        'metrics',
        'Metrics',
        el('p', { class: 'note' }, 'Hover a metric’s name for its exact convention.'),
        el('table', { class: 'data metrics' }, el('thead', {}, head), body),
      ),
    );

    // Monthly returns
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const cellPct = (x) => (isNum(x) ? (x * 100).toFixed(2) : '');
    const shade = (x) => {
      if (!isNum(x)) return '';
      const a = Math.min(1, Math.abs(x) / 0.1) * 0.6;
      return x >= 0
        ? `background:rgba(44,160,44,${a.toFixed(2)})`
        : `background:rgba(214,39,40,${a.toFixed(2)})`;
    };
    app.append(
      section(
        'monthly',
        'Monthly returns (%)',
        el(
          'p',
          { class: 'note' },
          'Month-end equity over the previous month-end (the first month from the first session); the year column chains year ends.',
        ),
        runs.map((r) =>
          el(
            'div',
            { class: 'run' },
            multi ? el('h3', {}, r.label) : null,
            el(
              'table',
              { class: 'data monthly', 'data-run': r.label },
              el(
                'thead',
                {},
                el(
                  'tr',
                  {},
                  el('th', {}, 'Year'),
                  months.map((m) => el('th', {}, m)),
                  el('th', {}, 'Year'),
                ),
              ),
              el(
                'tbody',
                {},
                r.monthly.map((row) =>
                  el(
                    'tr',
                    { 'data-year': row.year },
                    el('th', {}, String(row.year)),
                    row.months.map((x, m) =>
                      el('td', { class: 'num month', 'data-month': m + 1, style: shade(x) }, cellPct(x)),
                    ),
                    el('td', { class: 'num total', style: shade(row.total) }, cellPct(row.total)),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );

    // Allocation
    app.append(
      section(
        'allocation',
        'Allocation',
        el(
          'p',
          { class: 'note' },
          'Weight of each asset (quantity × close / equity) after each session’s close, stacked, with cash on top. Long runs show every k-th session (see the chart’s point count).',
        ),
        runs.map((r, k) => allocationChart(r, k, multi)),
      ),
    );

    // Trades
    app.append(
      section(
        'trades',
        'Trades',
        runs.map((r) => {
          const f = r.fills;
          return el(
            'div',
            { class: 'run' },
            multi ? el('h3', {}, r.label) : null,
            el(
              'p',
              { class: 'note' },
              `${f.day.length} fills; price includes slippage, cost is the commission.`,
            ),
            pagedTable(
              `fills:${r.label}`,
              ['Date', 'Asset', 'Side', 'Quantity', 'Price', 'Cost', 'Notional'],
              f.day.length,
              (i) => [
                isoOfDay(f.day[i]),
                f.assets[f.asset[i]],
                f.qty[i] >= 0 ? 'buy' : 'sell',
                String(Math.abs(f.qty[i])),
                f.price[i].toFixed(4),
                f.cost[i].toFixed(2),
                fmt.money(Math.abs(f.qty[i]) * f.price[i]),
              ],
              (i) => `${isoOfDay(f.day[i])} ${f.assets[f.asset[i]]} ${f.qty[i] >= 0 ? 'buy' : 'sell'}`,
            ),
          );
        }),
      ),
    );

    // Decisions
    app.append(
      section(
        'decisions',
        'Decision log',
        el(
          'p',
          { class: 'note' },
          'Every session that rebalanced, held its targets or warned. “same” = the same targets as the row above.',
        ),
        runs.map((r) => {
          const d = r.decisions;
          const targetsText = (row) =>
            row.targets === null
              ? 'same'
              : row.targets.length === 0
                ? 'all cash'
                : row.targets.map(([a, w]) => `${d.assets[a]} ${(w * 100).toFixed(2)}%`).join(', ');
          const holdText = (row) => (row.hold ? `${row.hold.reason} at ${row.hold.pointer}` : '');
          return el(
            'div',
            { class: 'run' },
            multi ? el('h3', {}, r.label) : null,
            pagedTable(
              `decisions:${r.label}`,
              ['Date', 'Rebalance', 'Targets', 'Hold (reason, pointer)', 'Warnings'],
              d.rows.length,
              (i) => {
                const row = d.rows[i];
                return [
                  row.t,
                  row.rebalance ? 'yes' : 'no',
                  targetsText(row),
                  holdText(row),
                  (row.warnings || []).join('; '),
                ];
              },
              (i) => {
                const row = d.rows[i];
                return `${row.t} ${targetsText(row)} ${holdText(row)} ${(row.warnings || []).join(' ')}`;
              },
            ),
          );
        }),
      ),
    );

    // Issues
    app.append(
      section(
        'issues',
        'Data and execution issues',
        runs.map((r) =>
          el(
            'div',
            { class: 'run' },
            multi ? el('h3', {}, r.label) : null,
            r.issues.length === 0
              ? el('p', { class: 'note' }, 'No issues.')
              : el(
                  'table',
                  { class: 'data issues' },
                  el(
                    'thead',
                    {},
                    el(
                      'tr',
                      {},
                      ['Source', 'Kind', 'Severity', 'Count', 'Where (first)', 'Message'].map((h) =>
                        el('th', {}, h),
                      ),
                    ),
                  ),
                  el(
                    'tbody',
                    {},
                    r.issues.map((g) =>
                      el(
                        'tr',
                        { 'data-kind': g.kind },
                        el('td', {}, g.source),
                        el('td', {}, g.kind),
                        el('td', {}, g.severity),
                        el('td', { class: 'num' }, String(g.count)),
                        el(
                          'td',
                          {},
                          el(
                            'details',
                            {},
                            el(
                              'summary',
                              {},
                              g.locations[0] || '—',
                              g.locations.length > 1 ? ` and ${g.count - 1} more` : '',
                            ),
                            el(
                              'ul',
                              {},
                              g.locations.map((l) => el('li', {}, l)),
                            ),
                          ),
                        ),
                        el(
                          'td',
                          {},
                          g.messages.join(' | '),
                          g.hints.length > 0
                            ? el('div', { class: 'hint' }, `Fix: ${g.hints.join(' | ')}`)
                            : null,
                        ),
                      ),
                    ),
                  ),
                ),
          ),
        ),
      ),
    );

    // Provenance
    app.append(
      section(
        'provenance',
        'Provenance',
        el('p', {}, `Engine: @tactical/runtime ${data.engineVersion}`),
        runs.map((r) =>
          el(
            'div',
            { class: 'run' },
            el('h3', {}, r.spec.file),
            el('p', {}, 'sha256 of the spec file: ', el('code', {}, r.spec.sha256)),
            optionsTable(r.options),
            el('details', {}, el('summary', {}, 'Spec'), el('pre', { class: 'spec' }, r.spec.text)),
          ),
        ),
        data.data.map(dataTable),
      ),
    );
  }

  function optionsTable(options) {
    return el(
      'table',
      { class: 'data options' },
      el(
        'tbody',
        {},
        Object.entries(options).map(([k, v]) =>
          el('tr', {}, el('th', {}, k), el('td', {}, typeof v === 'string' ? v : JSON.stringify(v))),
        ),
      ),
    );
  }

  function dataTable(folder) {
    return el(
      'div',
      { class: 'run' },
      el('h3', {}, `Data folder ${folder.dir} (${folder.files.length} files)`),
      pagedTable(
        `data:${folder.dir}`,
        ['File', 'Bytes', 'sha256', 'First', 'Last', 'Rows'],
        folder.files.length,
        (i) => {
          const f = folder.files[i];
          return [
            f.file,
            String(f.bytes),
            el('code', {}, f.sha256),
            fmt.text(f.first),
            fmt.text(f.last),
            String(f.rows),
          ];
        },
        (i) => `${folder.files[i].file} ${folder.files[i].sha256}`,
      ),
    );
  }

  /** Stacked weights: each layer is drawn from 0 to its cumulative sum, the largest first. */
  function allocationChart(r, k, multi) {
    const a = r.allocation;
    const layers = [
      ...a.assets.map((id, j) => ({ id, w: a.weights[j], color: AREA[j % AREA.length] })),
      { id: 'cash', w: a.cash, color: CASH },
    ];
    const cumulative = [];
    let acc = a.index.map(() => 0);
    for (const l of layers) {
      acc = acc.map((s, i) => s + l.w[i]);
      cumulative.push(acc);
    }
    const x = a.index.map((i) => r.days[i] * 86400);
    const order = layers.map((_, j) => j).reverse();
    const series = order.map((j) => ({
      label: layers[j].id,
      stroke: layers[j].color,
      fill: layers[j].color,
      width: 0.5,
      value: (_u, _v, _si, idx) => (idx === null || idx === undefined ? '—' : fmt.pct(layers[j].w[idx])),
    }));
    return el(
      'div',
      { class: 'run' },
      multi ? el('h3', {}, r.label) : null,
      chart(
        `allocation-${k}`,
        `Allocation${multi ? `: ${r.label}` : ''}`,
        series,
        [x, ...order.map((j) => cumulative[j])],
        {
          axes: [{}, axisPct],
          height: 260,
          cursor: { sync: { key: 'time' } },
          // 0..100% unless shorts or leverage reach beyond
          scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), Math.max(1, max)] } },
        },
      ),
    );
  }

  // ---- sweep --------------------------------------------------------------------------------------

  function renderSweep() {
    const axes = data.axes;
    const rows = data.rows;
    const metrics = data.metrics;
    const kindOf = new Map(data.conventions.metrics.map((c) => [c.key, c]));
    const show = (key, v) => (kindOf.has(key) ? fmt[kindOf.get(key).kind](v) : fmt.num(v));
    let metric = metrics.includes('sharpe') ? 'sharpe' : metrics[0];
    const select = el(
      'select',
      { id: 'metric', 'aria-label': 'metric' },
      metrics.map((m) => el('option', { value: m, selected: m === metric }, kindOf.get(m)?.label ?? m)),
    );
    const view = el('div', { class: 'sweep-view' });
    app.replaceChildren(
      el(
        'header',
        {},
        el('h1', {}, `Sweep: ${data.spec.file}`),
        el(
          'p',
          { class: 'sub' },
          `${data.options.from} → ${data.options.to} · ${rows.length} points · engine ${data.engineVersion}`,
        ),
        el(
          'nav',
          {},
          [
            ['grid', 'Grid'],
            ['table', 'Table'],
            ['provenance', 'Provenance'],
          ].map(([id, t]) => el('a', { href: `#${id}` }, t)),
        ),
      ),
      section(
        'grid',
        axes.length >= 2 ? `Heatmap: ${axes[0].name} × ${axes[1].name}` : `${metric} by ${axes[0].name}`,
        el('label', { class: 'toggle' }, 'metric ', select),
        view,
      ),
    );
    const metricOf = (row) => (row.metrics ? row.metrics[metric] : null);
    // Other axes (beyond the first two) are fixed at a chosen value each.
    const fixed = new Map(axes.slice(2).map((a) => [a.name, a.values[0]]));
    const fixers = axes.slice(2).map((a) =>
      el(
        'label',
        { class: 'toggle' },
        `${a.name} `,
        el(
          'select',
          {
            onchange: (e) => {
              fixed.set(a.name, a.values[Number(e.target.value)]);
              draw();
            },
          },
          a.values.map((v, i) => el('option', { value: i }, String(v))),
        ),
      ),
    );
    const rowAt = new Map();
    for (const r of rows) rowAt.set(JSON.stringify(axes.map((a) => r.params[a.name])), r);
    const find = (vals) => rowAt.get(JSON.stringify(vals));
    function ramp(t) {
      // light yellow → green → dark blue (a perceptual ramp readable in print)
      const stops = [
        [255, 255, 204],
        [161, 218, 180],
        [65, 182, 196],
        [44, 127, 184],
        [37, 52, 148],
      ];
      const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
      const i = Math.min(stops.length - 2, Math.floor(x));
      const f = x - i;
      const c = stops[i].map((s, j) => Math.round(s + (stops[i + 1][j] - s) * f));
      return { bg: `rgb(${c.join(',')})`, fg: t > 0.6 ? '#fff' : '#111' };
    }
    function draw() {
      if (axes.length >= 2) {
        const [ay, ax] = axes;
        const rest = axes.slice(2).map((a) => fixed.get(a.name));
        const vals = [];
        for (const y of ay.values)
          for (const x of ax.values) vals.push(metricOf(find([y, x, ...rest]) || {}));
        const finite = vals.filter(isNum);
        const lo = Math.min(...finite);
        const hi = Math.max(...finite);
        const table = el(
          'table',
          { class: 'heatmap', 'data-rows': ay.values.length, 'data-columns': ax.values.length },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { class: 'corner' }, `${ay.name} ↓ / ${ax.name} →`),
              ax.values.map((x) => el('th', {}, String(x))),
            ),
          ),
          el(
            'tbody',
            {},
            ay.values.map((y) =>
              el(
                'tr',
                {},
                el('th', {}, String(y)),
                ax.values.map((x) => {
                  const row = find([y, x, ...rest]);
                  const v = row ? metricOf(row) : null;
                  const c = isNum(v)
                    ? ramp(hi > lo ? (v - lo) / (hi - lo) : 0.5)
                    : { bg: '#eee', fg: '#999' };
                  return el(
                    'td',
                    {
                      class: 'heat-cell',
                      style: `background:${c.bg};color:${c.fg}`,
                      title: `${ay.name}=${y}, ${ax.name}=${x}: ${show(metric, v)}${row?.error ? ` (${row.error})` : ''}`,
                    },
                    show(metric, v),
                  );
                }),
              ),
            ),
          ),
        );
        view.replaceChildren(
          ...fixers,
          table,
          el(
            'p',
            { class: 'note' },
            `${kindOf.get(metric)?.label ?? metric}: light = lowest (${show(metric, lo)}), dark = highest (${show(metric, hi)}).`,
          ),
        );
      } else {
        const a = axes[0];
        const ys = a.values.map((x) => {
          const row = find([x]);
          const v = row ? metricOf(row) : null;
          return isNum(v) ? v : null;
        });
        const box = chart(
          'sweep-line',
          `${kindOf.get(metric)?.label ?? metric} by ${a.name}`,
          [{ label: metric, stroke: COLORS[0], width: 1.5, points: { show: true } }],
          [a.values, ys],
          {
            scales: { x: { time: false } },
            series: [
              { label: a.name },
              { label: metric, stroke: COLORS[0], width: 1.5, points: { show: true, size: 5 } },
            ],
            axes: [{ label: a.name }, {}],
            cursor: {},
          },
        );
        const old = chartBoxes.findIndex((e) => e.box.dataset.chart === 'sweep-line' && e.box !== box);
        if (old >= 0) {
          chartBoxes[old].plot?.destroy();
          chartBoxes.splice(old, 1);
        }
        view.replaceChildren(box);
      }
    }
    select.addEventListener('change', () => {
      metric = select.value;
      draw();
    });
    draw();

    // Sortable table
    // Text columns: each point's error, and its warnings when any point has some.
    const texts = ['error', ...(rows.some((r) => r.warnings) ? ['warnings'] : [])];
    const headers = [...axes.map((a) => a.name), ...metrics, ...texts];
    const order = rows.map((_, i) => i);
    let sortKey = null;
    let ascending = false;
    const tbody = el('tbody');
    const cell = (r, h) =>
      axes.some((a) => a.name === h)
        ? String(r.params[h])
        : texts.includes(h)
          ? r[h] || ''
          : r.metrics
            ? show(h, r.metrics[h])
            : '—';
    const sortValue = (r, h) =>
      axes.some((a) => a.name === h)
        ? r.params[h]
        : texts.includes(h)
          ? r[h] || ''
          : r.metrics
            ? r.metrics[h]
            : null;
    function fill() {
      tbody.replaceChildren(
        ...order.map((i) =>
          el(
            'tr',
            {},
            headers.map((h) => el('td', { class: 'num' }, cell(rows[i], h))),
          ),
        ),
      );
    }
    const thead = el(
      'tr',
      {},
      headers.map((h) =>
        el(
          'th',
          {
            class: 'sortable',
            title: kindOf.get(h)?.help ?? 'click to sort',
            onclick: (e) => {
              ascending = sortKey === h ? !ascending : axes.some((a) => a.name === h);
              sortKey = h;
              order.sort((i, j) => {
                const x = sortValue(rows[i], h);
                const y = sortValue(rows[j], h);
                if (x === null || x === undefined) return y === null || y === undefined ? i - j : 1;
                if (y === null || y === undefined) return -1;
                return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1) || i - j;
              });
              for (const th of e.target.parentNode.children) th.removeAttribute('aria-sort');
              e.target.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              fill();
            },
          },
          h,
        ),
      ),
    );
    fill();
    app.append(
      section(
        'table',
        'All points',
        el('p', { class: 'note' }, 'Click a column to sort (again to reverse).'),
        el('div', { class: 'scroll' }, el('table', { class: 'data sweep' }, el('thead', {}, thead), tbody)),
      ),
      section(
        'provenance',
        'Provenance',
        el('p', {}, `Engine: @tactical/runtime ${data.engineVersion}`),
        el('p', {}, `Spec ${data.spec.file}, sha256 `, el('code', {}, data.spec.sha256)),
        optionsTable(data.options),
        el('details', {}, el('summary', {}, 'Spec'), el('pre', { class: 'spec' }, data.spec.text)),
        data.data.map(dataTable),
      ),
    );
  }

  if (data.kind === 'sweep') renderSweep();
  else renderBacktest();
  // Charts draw in animation frames queued above; this one runs after them.
  requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
  });
})();
