#!/usr/bin/env python3
"""bench/specs/sp500-momentum-top20.json written for backtrader 1.9.x, for the side-by-side benchmark
(bench/backtrader-compare.bench.ts). Not part of the test suite; needs a local backtrader copy
(BACKTRADER_PATH, default /work/vendor/backtrader: the folder that contains the `backtrader` package).

What it mirrors (docs/accounting.md, docs/semantics.md, packages/runtime/src/execute/fill.ts):
- every `<SYMBOL>_data.csv` (or `<SYMBOL>.csv`) of --data is one asset; the asset id is the file stem
  without `_data`. Sessions are the union of the files' dates (for the S&P folder this is the XNYS
  calendar, ../shared/data/SOURCES.md); --to is exclusive, as in `tactical backtest`.
- bars with an empty/non-numeric OHLCV cell, a price <= 0 or a negative volume are dropped (tactical's
  default data policy: `invalid_value`, `non_positive_price`); a dropped bar is a session without a bar.
- `return` 126: close[s] / close[s - 126] - 1 counted in *sessions*, NaN unless the asset has a bar on
  both sessions (so it is not backtrader's bars-based RateOfChange, which would skip an asset's gaps).
- rebalance on the last session of each month (the next session is in another month; for the final
  session of the data the next weekday stands in for the calendar's next session).
- select the 20 highest returns (ties by asset id), equal weight 1/k over the k kept.
- orders sized at the decision close: target shares = weight * equity / close, order = target - held,
  fractional shares, no commission, price return (the files carry no dividends); a resize worth less
  than 0.1 % of equity is skipped (tactical's default minTradeWeight 0.001), a close never is.
- filled at the next session's open (backtrader cheat-on-open: `next_open` runs before the broker and
  the market orders execute at that open): sales first, then the buys scaled by one common factor so
  cash never goes below 0 (the same 60-step bisection as tactical's `fillOrders`). An order for an asset
  without a bar on the fill session is not filled (tactical's `no_price`).
- equity = cash + sum(quantity * last known close).

Prints one JSON object: final equity, sessions, fills [{date, asset, quantity, price}] in execution
order, and the wall time of the backtrader part (cerebro set-up + run).
"""

import argparse
import datetime as dt
import json
import math
import os
import sys
import time

BACKTRADER_PATH = os.environ.get('BACKTRADER_PATH', '/work/vendor/backtrader')
sys.path.insert(0, BACKTRADER_PATH)
import backtrader as bt  # noqa: E402  (after the path set-up on purpose)


# Dollars kept back from the buy budget against float rounding in backtrader's cash check.
CASH_SLACK = 1e-6
# tactical's default execution.minTradeWeight
MIN_TRADE_WEIGHT = 0.001


def asset_id(filename):
    stem = filename[:-4]
    return stem[:-5] if stem.endswith('_data') else stem


def invalid_bar(data):
    """True when tactical's default policy drops the bar (the bar is then removed by backtrader)."""
    o, h, l, c, v = data.open[0], data.high[0], data.low[0], data.close[0], data.volume[0]
    for x in (o, h, l, c, v):
        if not math.isfinite(x):
            return True
    return o <= 0 or h <= 0 or l <= 0 or c <= 0 or v < 0


def fundable_factor(costs, budget):
    """Largest f in [0, 1] with sum(cost * f) <= budget: the bisection of fill.ts's fundableFactor."""
    total = lambda f: sum(c * f for c in costs)  # noqa: E731
    if total(1.0) <= budget:
        return 1.0
    if budget <= 0:
        return 0.0
    lo, hi = 0.0, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if total(mid) <= budget:
            lo = mid
        else:
            hi = mid
    return lo


class MonthlyMomentum(bt.Strategy):
    params = (('period', 126), ('count', 20), ('names', None))

    def __init__(self):
        # cerebro preloads every feed before it creates the strategy, so the session grid (the union
        # of the feeds' dates: an exchange calendar is known in advance, only dates are read) is here.
        days = set()
        for data in self.datas:
            days.update(int(x) for x in data.lines.datetime.array)
        self.sessions = [dt.date.fromordinal(d) for d in sorted(days)]
        self.session_index = {d: i for i, d in enumerate(self.sessions)}
        self.names = self.p.names
        self.closes = [[math.nan] * len(self.sessions) for _ in self.datas]
        self.pending = []  # [(data index, quantity)] decided at a close, filled at the next open
        self.fills = []

    # Assets list and delist inside the span: backtrader calls prenext until every data has a bar,
    # so both hooks are routed to the real work.
    def prenext(self):
        self.next()

    def prenext_open(self):
        self.next_open()

    @staticmethod
    def has_bar_on(data, day):
        return len(data) > 0 and int(data.datetime[0]) == day

    def next_open(self):
        if not self.pending:
            return
        # next_open runs before the strategy's clock moves: the fill session is the one after the decision
        orders, self.pending = self.pending, []
        day = self.fill_day
        sells, buys = [], []
        for k, q in orders:
            data = self.datas[k]
            if not self.has_bar_on(data, day):
                continue  # no fill price on this session (tactical: no_price)
            (sells if q < 0 else buys).append((k, q, data.open[0]))
        cash = self.broker.getcash() + sum(-q * p for _, q, p in sells)
        # backtrader re-adds the same amounts one order at a time; keep a micro-dollar of slack so its
        # rounding cannot take cash below 0 and reject the last buy (moves a quantity by < 1e-11)
        f = fundable_factor([q * p for _, q, p in buys], cash - CASH_SLACK)
        for k, q, _ in sells:
            self.sell(data=self.datas[k], size=-q)
        for k, q, _ in buys:
            size = q if f == 1.0 else q * f
            if size > 0:
                self.buy(data=self.datas[k], size=size)

    def notify_order(self, order):
        if order.status == order.Completed:
            # the execution bit carries the fill price as executed (order.executed.price is an average
            # recomputed in floating point); the data's name is its asset id (list.index would compare
            # lines objects with their overloaded ==)
            for bit in order.executed.exbits:
                self.fills.append({
                    'date': bt.num2date(bit.dt).date().isoformat(),
                    'asset': order.data._name,
                    'quantity': bit.size,
                    'price': bit.price,
                })
        elif order.status in (order.Margin, order.Rejected, order.Canceled):
            raise RuntimeError('order not filled: %s %s' % (order.getstatusname(), order.data._name))

    def next(self):
        today = int(self.datetime[0])
        s = self.session_index[dt.date.fromordinal(today)]
        for k, data in enumerate(self.datas):
            if self.has_bar_on(data, today):
                self.closes[k][s] = data.close[0]
        if not self.is_month_end(s):
            return
        period = self.p.period
        ranked = []
        if s >= period:
            for k, closes in enumerate(self.closes):
                base, x = closes[s - period], closes[s]
                if base != 0 and math.isfinite(base) and math.isfinite(x):
                    r = x / base - 1
                    if math.isfinite(r):
                        ranked.append((-r, self.names[k], k))
        ranked.sort()
        kept = [k for _, _, k in ranked[: self.p.count]]
        equity = self.broker.getvalue()
        weight = {k: 1.0 / len(kept) for k in kept}
        held = {k: self.getposition(d).size for k, d in enumerate(self.datas) if self.getposition(d).size}
        sells, buys = [], []
        for k in sorted(set(weight) | set(held), key=lambda k: self.names[k]):
            w, h = weight.get(k, 0.0), held.get(k, 0.0)
            price = self.datas[k].close[0]  # the decision close, or the last known close without a bar
            q = -h if w == 0 else equity * w / price - h
            # tactical's minTradeWeight (default 0.001): skip a resize worth less than 0.1 % of equity,
            # but always close a position
            if q == 0 or (w != 0 and abs(q * price) < MIN_TRADE_WEIGHT * equity):
                continue
            (sells if q < 0 else buys).append((k, q))
        self.pending = sells + buys
        self.fill_day = (self.sessions[s + 1].toordinal() if s + 1 < len(self.sessions) else None)

    def is_month_end(self, s):
        sessions = self.sessions
        if s + 1 < len(sessions):
            return sessions[s + 1].month != sessions[s].month
        following = sessions[s] + dt.timedelta(days=1)
        while following.weekday() >= 5:
            following += dt.timedelta(days=1)
        return following.month != sessions[s].month


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--data', required=True, help='folder of <SYMBOL>_data.csv files (date,open,high,low,close,volume)')
    ap.add_argument('--from', dest='start', default='2013-02-08')
    ap.add_argument('--to', dest='end', default='2018-02-08', help='exclusive, as in tactical backtest')
    ap.add_argument('--cash', type=float, default=100000.0)
    ap.add_argument('--period', type=int, default=126)
    ap.add_argument('--count', type=int, default=20)
    args = ap.parse_args()

    t0 = time.perf_counter()
    start = dt.date.fromisoformat(args.start)
    last = dt.date.fromisoformat(args.end) - dt.timedelta(days=1)
    files = sorted((f for f in os.listdir(args.data) if f.endswith('.csv')), key=asset_id)
    names = [asset_id(f) for f in files]

    cerebro = bt.Cerebro(stdstats=False, cheat_on_open=True)
    cerebro.broker.set_cash(args.cash)
    cerebro.broker.set_coo(True)
    for f in files:
        data = bt.feeds.GenericCSVData(
            dataname=os.path.join(args.data, f), name=asset_id(f), dtformat='%Y-%m-%d',
            datetime=0, open=1, high=2, low=3, close=4, volume=5, openinterest=-1,
            fromdate=start, todate=last)
        data.addfilter_simple(invalid_bar)
        cerebro.adddata(data)

    cerebro.addstrategy(MonthlyMomentum, period=args.period, count=args.count, names=names)
    strat = cerebro.run()[0]
    elapsed = time.perf_counter() - t0

    print(json.dumps({
        'engine': 'backtrader ' + bt.__version__,
        'finalEquity': cerebro.broker.getvalue(),
        'cash': cerebro.broker.getcash(),
        'sessions': len(strat.sessions),
        'fills': strat.fills,
        'seconds': elapsed,
    }))


if __name__ == '__main__':
    main()
