/** Waiting on Redis with a bound: with Redis gone, BullMQ's commands would wait for it forever. */

/** True when `work` settles well within `ms`; false when it fails or takes longer (it is left behind). */
export async function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
