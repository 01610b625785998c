/**
 * A distributed sweep's failure that is not a point's own and not a bad flag: Redis unreachable or
 * lost, a worker of another version. The CLI prints its message as is (exit 1), never a stack trace.
 * Kept apart from the queue code so `tactical sweep` without `--queue` never loads BullMQ.
 */
export class QueueError extends Error {
  override readonly name = 'QueueError';
}
