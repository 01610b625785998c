/**
 * Calendar benchmarks (not a test; never run by `pnpm test`).
 *
 *   node --conditions=@tactical/source --import tsx bench/calendars.bench.ts
 *
 * Prints construction time of each built-in calendar over its whole range (a fresh, uncached compile)
 * and calls/second of the hot queries, each with a ratio against baselines measured in the same run:
 * a plain `Set<number>` lookup of the same day (the cheapest possible "is it a session?") and a bare
 * Date → day-number conversion loop (the floor every Date-taking query pays).
 */
import { compile, type ExchangeCalendar, getCalendar, isRebalanceDay, xlon, xnys } from '@tactical/calendars';

const N = 1_000_000;
const REPEATS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time (ms) of `f` over REPEATS runs after one warm-up; returns its checksum too. */
function time(f: () => number): { ms: number; sink: number } {
  let sink = f();
  const runs: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    sink += f();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), sink };
}

function line(label: string, ms: number, baselineMs: number, baselineName: string): void {
  const perSec = (N / ms) * 1000;
  const ratio = ms / baselineMs;
  console.log(
    `  ${label.padEnd(34)} ${(perSec / 1e6).toFixed(1).padStart(7)} M calls/s   ${ratio.toFixed(2).padStart(6)}× the time of ${baselineName}`,
  );
}

console.log(`node ${process.version}, ${N.toLocaleString()} calls per measurement, median of ${REPEATS}\n`);

console.log('Construction (fresh compile of the whole range, rules → session index)');
for (const def of [xnys, xlon]) {
  const runs: number[] = [];
  let sessions = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    sessions = compile(def).sessions.length;
    runs.push(performance.now() - t0);
  }
  console.log(
    `  ${def.code} ${def.first} .. ${def.last}: ${median(runs).toFixed(2)} ms median (first ${runs[0]!.toFixed(2)} ms), ${sessions} sessions`,
  );
}

for (const code of ['XNYS', 'XLON']) {
  const cal: ExchangeCalendar = getCalendar(code);
  const lo = cal.index.firstDay + 10;
  const hi = cal.index.lastDay - 40;
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const days = new Int32Array(N);
  for (let i = 0; i < N; i++) days[i] = lo + Math.floor(rand() * (hi - lo));
  const dates = Array.from(days, (d) => new Date(d * 86_400_000));
  const set = new Set<number>(cal.index.sessions);

  const dateToDay = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += Math.floor(dates[i]!.getTime() / 86_400_000);
    return s;
  });
  const setLookup = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (set.has(Math.floor(dates[i]!.getTime() / 86_400_000))) s++;
    return s;
  });
  const isOpen = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (cal.isOpen(dates[i]!)) s++;
    return s;
  });
  const isSessionDay = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (cal.isSessionDay(days[i]!)) s++;
    return s;
  });
  const next = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += cal.next(dates[i]!).getTime() > 0 ? 1 : 0;
    return s;
  });
  const nextDay = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += cal.nextDay(days[i]!);
    return s;
  });
  const rebalance = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isRebalanceDay(dates[i]!, 'Monthly', cal)) s++;
    return s;
  });
  const sessionDates = Array.from(
    { length: N },
    (_, i) => new Date(cal.index.sessions[(i * 7919) % (cal.index.sessions.length - 1)]! * 86_400_000),
  );
  const rebalanceSessions = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isRebalanceDay(sessionDates[i]!, 'Monthly', cal)) s++;
    return s;
  });
  const allocDate = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++)
      s += new Date((Math.floor(dates[i]!.getTime() / 86_400_000) + 1) * 86_400_000).getTime() > 0 ? 1 : 0;
    return s;
  });
  const rebalanceWeekly = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isRebalanceDay(dates[i]!, 'Weekly', cal)) s++;
    return s;
  });

  console.log(
    `\n${code} queries on random days (baselines: Date→day ${(dateToDay.ms).toFixed(1)} ms, Set.has ${setLookup.ms.toFixed(1)} ms)`,
  );
  line('baseline Set<number>.has(day(date))', setLookup.ms, dateToDay.ms, 'Date→day');
  line('isOpen(Date)', isOpen.ms, setLookup.ms, 'Set.has');
  line('isSessionDay(day)', isSessionDay.ms, setLookup.ms, 'Set.has');
  line('next(Date) → Date', next.ms, setLookup.ms, 'Set.has');
  line('next(Date) → Date', next.ms, allocDate.ms, 'Date→day→new Date');
  line('nextDay(day)', nextDay.ms, setLookup.ms, 'Set.has');
  line("isRebalanceDay(Date, 'Monthly')", rebalance.ms, setLookup.ms, 'Set.has');
  line("isRebalanceDay(Date, 'Weekly')", rebalanceWeekly.ms, setLookup.ms, 'Set.has');
  line("isRebalanceDay(session, 'Monthly')", rebalanceSessions.ms, setLookup.ms, 'Set.has');
  if (
    [
      dateToDay,
      setLookup,
      isOpen,
      isSessionDay,
      next,
      nextDay,
      rebalance,
      rebalanceWeekly,
      rebalanceSessions,
      allocDate,
    ].some((m) => Number.isNaN(m.sink))
  ) {
    console.log('unexpected NaN checksum');
  }
}
