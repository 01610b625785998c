/**
 * What a live caller holds: `{ "cash": 100000, "positions": { "us:SPY": 120, "us:TLT": -5 } }`
 * (positions keyed by asset id, signed share counts). Parsed strictly: anything else is a
 * LiveInputError naming the place, never a silently ignored field.
 */
import type { Position } from '../execute/types.js';
import { LiveInputError } from './errors.js';

/** Cash plus positions, in the order given (sorted by asset id when turned into a Portfolio). */
export interface LiveHoldings {
  cash: number;
  positions: Position[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Check a parsed holdings document; `where` names its source (a file or a body pointer). */
export function parseHoldings(doc: unknown, where: string): LiveHoldings {
  const fix = 'give {"cash": <number>, "positions": {"<asset id>": <shares>, ...}}';
  if (!isRecord(doc)) throw new LiveInputError('bad_positions', where, 'holdings must be a JSON object', fix);
  for (const key of Object.keys(doc)) {
    if (key !== 'cash' && key !== 'positions') {
      throw new LiveInputError('bad_positions', `${where}/${key}`, `unknown field '${key}'`, fix);
    }
  }
  const cash = doc.cash;
  if (typeof cash !== 'number' || !Number.isFinite(cash)) {
    throw new LiveInputError('bad_positions', `${where}/cash`, 'cash must be a finite number', fix);
  }
  const raw = doc.positions ?? {};
  if (!isRecord(raw)) {
    throw new LiveInputError('bad_positions', `${where}/positions`, 'positions must be an object', fix);
  }
  const positions: Position[] = [];
  for (const [assetId, quantity] of Object.entries(raw)) {
    if (typeof quantity !== 'number' || !Number.isFinite(quantity)) {
      throw new LiveInputError(
        'bad_positions',
        `${where}/positions/${escapePointer(assetId)}`,
        `the quantity of ${assetId} must be a finite number of shares`,
        fix,
      );
    }
    if (quantity !== 0) positions.push({ assetId, quantity });
  }
  positions.sort((a, b) => (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0));
  return { cash, positions };
}

/** RFC 6901 escaping of one pointer token. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
