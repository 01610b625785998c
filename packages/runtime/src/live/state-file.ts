/**
 * The state a live strategy carries from one session to the next (hysteresis memory, last targets),
 * as stored in `--state state.json` or sent back by POST /signal:
 *
 * ```json
 * { "format": "tactical-signal-state/1", "spec": "<fnv1a64 of the canonical spec>", "origin": "2019-01-01",
 *   "date": "2019-03-29", "before": { ...StrategyState }, "after": { ...StrategyState } }
 * ```
 *
 * `origin` is the feature origin (features are computed from there; path-dependent ones such as
 * ema differ with another origin), kept so every later call computes the same features. `before`
 * is the state the call on `date` started from, so re-running the same session (15:45 with quotes,
 * then again after the close) recomputes instead of being refused as going backwards in time.
 */
import type { StrategyState } from '../evaluate/types.js';
import { canonicalJson, fnv1a64 } from '../features/cache.js';
import { idRecord } from '../ids.js';
import { LiveInputError } from './errors.js';

export const STATE_FORMAT = 'tactical-signal-state/1';

/** The stored document. */
export interface SavedState {
  format: typeof STATE_FORMAT;
  spec: string;
  origin: string;
  date: string;
  before: StrategyState;
  after: StrategyState;
}

/** Fingerprint of a spec (canonical JSON, so key order and whitespace do not matter). */
export function specFingerprint(spec: unknown): string {
  return fnv1a64(canonicalJson(spec));
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function strategyState(x: unknown, where: string): StrategyState {
  const fix = 'pass the state file the previous call wrote, or start without one';
  if (!isRecord(x) || !isRecord(x.targets) || !isRecord(x.hysteresis)) {
    throw new LiveInputError('bad_state', where, 'not a strategy state ({targets, hysteresis})', fix);
  }
  const targets = idRecord<number>();
  for (const [id, w] of Object.entries(x.targets)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      throw new LiveInputError('bad_state', `${where}/targets`, `target of ${id} is not a number`, fix);
    }
    targets[id] = w;
  }
  const hysteresis = idRecord<boolean>();
  for (const [id, b] of Object.entries(x.hysteresis)) {
    if (typeof b !== 'boolean') {
      throw new LiveInputError(
        'bad_state',
        `${where}/hysteresis`,
        `hysteresis of ${id} is not a boolean`,
        fix,
      );
    }
    hysteresis[id] = b;
  }
  // Fields of the state this file does not know (added by newer strategies) pass through unchanged.
  const out = { ...x, targets, hysteresis } as StrategyState;
  if (x.lastEvaluated !== undefined) {
    if (typeof x.lastEvaluated !== 'string' || !DAY.test(x.lastEvaluated)) {
      throw new LiveInputError(
        'bad_state',
        `${where}/lastEvaluated`,
        'lastEvaluated must be YYYY-MM-DD',
        fix,
      );
    }
    out.lastEvaluated = x.lastEvaluated;
  }
  return out;
}

/** Check a parsed state document; `where` names its source. */
export function parseSavedState(doc: unknown, where: string): SavedState {
  const fix = 'pass the state file the previous call wrote, or start without one';
  if (!isRecord(doc) || doc.format !== STATE_FORMAT) {
    throw new LiveInputError(
      'bad_state',
      where,
      `not a signal state file (format must be '${STATE_FORMAT}')`,
      fix,
    );
  }
  for (const key of ['spec', 'origin', 'date'] as const) {
    if (typeof doc[key] !== 'string' || (key !== 'spec' && !DAY.test(doc[key] as string))) {
      throw new LiveInputError('bad_state', `${where}/${key}`, `'${key}' is missing or malformed`, fix);
    }
  }
  return {
    format: STATE_FORMAT,
    spec: doc.spec as string,
    origin: doc.origin as string,
    date: doc.date as string,
    before: strategyState(doc.before, `${where}/before`),
    after: strategyState(doc.after, `${where}/after`),
  };
}
