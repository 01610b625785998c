/**
 * Current prices of the decision session before its close (seed 000 decides at 15:45 New York time).
 * A quote completes the session's daily bar, so every feature that reads the close — and the order
 * sizing, which values holdings at the close — sees the quote as the session's close:
 * - the data has no bar for the session yet (the usual case intraday): a bar is made with
 *   open = high = low = close = the quote and volume 0, and an adjusted close carrying the previous
 *   bar's adjustment factor (adj close / close) — a quote knows nothing of a dividend going ex today;
 * - the data already has a bar for the session (a partial bar, or a re-run after the close): its close
 *   is replaced by the quote, high/low widened to include it, and its adjusted close scaled with it.
 * Only the decision session is touched; earlier bars are the data's.
 */
import type { Asset, Bar, DataFeed, DateRange, Frequency } from '../data/types.js';
import { LiveInputError } from './errors.js';

/** Prices by symbol (the data file's name, as in `<SYMBOL>.csv`). */
export type Quotes = ReadonlyMap<string, number>;

/**
 * Parse a quotes CSV: a header `symbol,price` (case-insensitive, any column order, other columns
 * ignored) and one row per symbol. Errors name `file:line`.
 */
export function parseQuotesCsv(text: string, file: string): Map<string, number> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const s = header.indexOf('symbol');
  const p = header.indexOf('price');
  if (s < 0 || p < 0) {
    throw new LiveInputError(
      'bad_quotes',
      `${file}:1`,
      `the header must name the columns 'symbol' and 'price', got '${lines[0] ?? ''}'`,
      'write a first line "symbol,price" and then one line per symbol, e.g. "SPY,512.34"',
    );
  }
  const out = new Map<string, number>();
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.trim() === '') continue;
    const cells = line.split(',').map((c) => c.trim());
    out.set(cells[s] ?? '', checkQuote(cells[s], cells[p], `${file}:${k + 1}`, out));
  }
  return out;
}

/** `{"SPY": 512.34, ...}` (a request body's `quotes`), checked like the CSV rows. */
export function parseQuotesObject(doc: unknown, where: string): Map<string, number> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new LiveInputError('bad_quotes', where, 'quotes must be an object', 'give {"SYMBOL": price, ...}');
  }
  const out = new Map<string, number>();
  for (const [symbol, price] of Object.entries(doc)) {
    const text = typeof price === 'number' ? String(price) : `${JSON.stringify(price)}`;
    out.set(symbol, checkQuote(symbol, text, `${where}/${symbol}`, out));
  }
  return out;
}

function checkQuote(
  symbol: string | undefined,
  text: string | undefined,
  where: string,
  seen: Map<string, number>,
) {
  const fix = 'one line per symbol: "SYMBOL,price" with a positive price';
  if (symbol === undefined || !/^[A-Za-z0-9._^-]{1,32}$/.test(symbol)) {
    throw new LiveInputError('bad_quotes', where, `'${symbol ?? ''}' is not a symbol`, fix);
  }
  if (seen.has(symbol)) throw new LiveInputError('bad_quotes', where, `${symbol} is quoted twice`, fix);
  const price = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(price) || !(price > 0)) {
    throw new LiveInputError(
      'bad_quotes',
      where,
      `the price of ${symbol} must be a positive number, got '${text ?? ''}'`,
      fix,
    );
  }
  return price;
}

/** How a quote completed the session's bar of one symbol (reported in the signal's output). */
export interface QuoteUse {
  symbol: string;
  price: number;
  /** 'made': the data had no bar for the session; 'replaced': the data's close was replaced. */
  bar: 'made' | 'replaced';
}

/**
 * `feed` with the bar of session `day` (midnight UTC ms) completed from `quotes`; `used` records
 * each completion (once per symbol, however often the bars are read).
 */
export function withQuotes(
  feed: DataFeed,
  day: number,
  quotes: Quotes,
  used: Map<string, QuoteUse>,
): DataFeed {
  const wrapped: DataFeed = {
    async *bars(asset: Asset, range: DateRange, freq: Frequency): AsyncIterable<Bar> {
      const price = quotes.get(asset.symbol);
      const inRange = day >= range.from.getTime() && day < range.to.getTime();
      if (price === undefined || !inRange) {
        yield* feed.bars(asset, range, freq);
        return;
      }
      let last: Bar | undefined;
      let done = false;
      for await (const bar of feed.bars(asset, range, freq)) {
        const t = bar.t.getTime();
        if (!done && t === day) {
          used.set(asset.symbol, { symbol: asset.symbol, price, bar: 'replaced' });
          yield replaced(bar, price);
          done = true;
          continue;
        }
        if (!done && t > day) {
          used.set(asset.symbol, { symbol: asset.symbol, price, bar: 'made' });
          yield made(day, price, last);
          done = true;
        }
        last = bar;
        yield bar;
      }
      if (!done) {
        used.set(asset.symbol, { symbol: asset.symbol, price, bar: 'made' });
        yield made(day, price, last);
      }
    },
  };
  if (feed.members) wrapped.members = feed.members.bind(feed);
  if (feed.events) wrapped.events = feed.events.bind(feed);
  return wrapped;
}

function replaced(bar: Bar, price: number): Bar {
  const out: Bar = {
    t: bar.t,
    open: bar.open,
    high: Math.max(bar.high, price),
    low: Math.min(bar.low, price),
    close: price,
    volume: bar.volume,
  };
  if (bar.adjClose !== undefined) out.adjClose = (bar.adjClose / bar.close) * price;
  if (bar.fields !== undefined) out.fields = bar.fields;
  return out;
}

function made(day: number, price: number, previous: Bar | undefined): Bar {
  const out: Bar = { t: new Date(day), open: price, high: price, low: price, close: price, volume: 0 };
  if (previous?.adjClose !== undefined) out.adjClose = (previous.adjClose / previous.close) * price;
  return out;
}
