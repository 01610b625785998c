/**
 * A mistake in what a live caller gave (`tactical signal` flags and files, a POST /signal body):
 * where it is, what is wrong and how to fix it. The CLI prints it and exits 1; the server answers 400
 * with the same fields. Never a stack trace for a user's input.
 */
export class LiveInputError extends Error {
  override readonly name = 'LiveInputError';
  /** Stable code, e.g. 'bad_positions', 'not_a_session', 'stale_data'. */
  readonly code: string;
  /** Where: a file (with line when known) or a JSON pointer into a request body. */
  readonly where: string;
  /** What to do about it. */
  readonly fix: string;
  constructor(code: string, where: string, message: string, fix: string) {
    super(message);
    this.code = code;
    this.where = where;
    this.fix = fix;
  }

  /** The plain JSON form both the CLI (`--json`) and the server send. */
  toJSON(): { code: string; where: string; message: string; fix: string } {
    return { code: this.code, where: this.where, message: this.message, fix: this.fix };
  }
}
