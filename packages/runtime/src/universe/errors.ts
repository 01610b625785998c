/** Errors of dynamic universes and index events (programmer or configuration problems, not bad bars). */

/** Stable codes of universe problems. */
export type UniverseErrorCode =
  /** The feed has no membership data under that index name. */
  | 'unknown_index'
  /** A configured membership file does not exist. */
  | 'missing_membership_file'
  /** A dynamic universe or `event` feature given a feed without `members` / `events`. */
  | 'not_supported_by_feed'
  /** An `event` feature without `index` over a static universe (no index to default to). */
  | 'no_index';

/** A dynamic universe or index event that cannot be resolved; the message names the index. */
export class UniverseError extends Error {
  override readonly name = 'UniverseError';
  constructor(
    readonly code: UniverseErrorCode,
    readonly index: string | undefined,
    message: string,
  ) {
    super(message);
  }
}
