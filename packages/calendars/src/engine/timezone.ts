/**
 * Exchange-local wall time → UTC instant, with the zone's own DST history, using only
 * `Intl.DateTimeFormat` (Node 20 ships full ICU, so every IANA zone and its history is available).
 *
 * Asking Intl for an offset costs microseconds, so offsets are not asked per query: the first time a
 * year is needed, its transitions are found once (sample weekly, then bisect each change down to the
 * minute) and kept in a per-zone cache of at most one small entry per year. Weekly sampling assumes
 * no zone changes offset twice within seven days, which holds for every zone an exchange uses.
 */
import { dayFromCivil, MS_PER_DAY } from '../days.js';
import { CalendarInputError } from '../errors.js';

const MS_PER_MINUTE = 60_000;
const WEEK = 7 * MS_PER_DAY;

/** Offsets of one year: `offsets[i]` (minutes east of UTC) holds from `starts[i]` (UTC ms). */
interface YearOffsets {
  readonly starts: number[];
  readonly offsets: number[];
}

/** Offset lookups for one IANA zone, built lazily per year. */
export class ZoneOffsets {
  /** The IANA zone name. */
  readonly zone: string;
  /** Built on first use: constructing it loads Intl's zone data (~16 ms of CPU), which only schedules need. */
  private formatCache: Intl.DateTimeFormat | undefined;
  private readonly years = new Map<number, YearOffsets>();

  /** @throws CalendarInputError when `zone` is not an IANA zone Intl knows. */
  constructor(zone: string) {
    this.zone = zone;
    // A canonical zone is known without building a formatter (~2 ms); any other name (an alias, a
    // typo) is checked by building one, so what is accepted is exactly what Intl accepts.
    if (!canonicalZones().has(zone)) this.formatCache = zoneFormat(zone);
  }

  private get format(): Intl.DateTimeFormat {
    this.formatCache ??= zoneFormat(this.zone);
    return this.formatCache;
  }

  /** Offset in minutes east of UTC at instant `ms`, asked of Intl directly (uncached). */
  rawOffset(ms: number): number {
    const at = Math.floor(ms / 1000) * 1000;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const p of this.format.formatToParts(at)) {
      switch (p.type) {
        case 'year':
          year = Number(p.value);
          break;
        case 'month':
          month = Number(p.value);
          break;
        case 'day':
          day = Number(p.value);
          break;
        case 'hour':
          hour = Number(p.value);
          break;
        case 'minute':
          minute = Number(p.value);
          break;
        case 'second':
          second = Number(p.value);
          break;
        case 'era':
          bc = p.value.startsWith('B');
          break;
      }
    }
    if (bc) year = 1 - year;
    const wall = dayFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
    return Math.round((wall - at) / MS_PER_MINUTE);
  }

  private buildYear(year: number): YearOffsets {
    // Cover the year plus a day either side, so instants near midnight of Jan 1 resolve in this entry.
    const start = dayFromCivil(year, 1, 1) * MS_PER_DAY - MS_PER_DAY;
    const end = dayFromCivil(year + 1, 1, 1) * MS_PER_DAY + MS_PER_DAY;
    const starts = [start];
    const offsets = [this.rawOffset(start)];
    let prevMs = start;
    let prevOff = offsets[0]!;
    for (let ms = Math.min(start + WEEK, end); ; ms = Math.min(ms + WEEK, end)) {
      const off = this.rawOffset(ms);
      if (off !== prevOff) {
        // Bisect (prevMs, ms] down to the minute where the offset changes.
        let lo = prevMs;
        let hi = ms;
        while (hi - lo > MS_PER_MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
          if (this.rawOffset(mid) === prevOff) lo = mid;
          else hi = mid;
        }
        starts.push(hi);
        offsets.push(off);
      }
      prevMs = ms;
      prevOff = off;
      if (ms >= end) break;
    }
    return { starts, offsets };
  }

  /** Offset in minutes east of UTC at instant `ms` (cached per year). */
  offsetAt(ms: number): number {
    const year = yearOfMs(ms);
    let entry = this.years.get(year);
    if (entry === undefined) {
      entry = this.buildYear(year);
      this.years.set(year, entry);
    }
    const { starts, offsets } = entry;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > ms) i--;
    return offsets[i]!;
  }

  /**
   * UTC instant (ms) of wall time `minutes` after local midnight of local date `day`. Two passes:
   * guess with the offset at the wall time read as UTC, then correct with the offset at the guess;
   * exact everywhere except inside a DST gap or overlap, where no exchange session starts or ends.
   */
  localToUtc(day: number, minutes: number): number {
    const wall = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
    const guess = wall - this.offsetAt(wall) * MS_PER_MINUTE;
    return wall - this.offsetAt(guess) * MS_PER_MINUTE;
  }
}

let canonical: ReadonlySet<string> | undefined;

/** Intl's canonical zone names (one cheap call per process). */
function canonicalZones(): ReadonlySet<string> {
  canonical ??= new Set(Intl.supportedValuesOf('timeZone'));
  return canonical;
}

/** The formatter offsets are read with; throws CalendarInputError for a zone Intl does not know. */
function zoneFormat(zone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    throw new CalendarInputError('timezone', zone, 'not an IANA time zone known to Intl');
  }
}

function yearOfMs(ms: number): number {
  // Approximate then correct: cheaper than a civil conversion and exact after the correction.
  const day = Math.floor(ms / MS_PER_DAY);
  let y = 1970 + Math.floor(day / 365.2425);
  if (dayFromCivil(y, 1, 1) > day) y--;
  else if (dayFromCivil(y + 1, 1, 1) <= day) y++;
  return y;
}

const zones = new Map<string, ZoneOffsets>();

/** The shared offset cache of a zone (one per zone per process; bounded by the years asked). */
export function zoneOffsets(zone: string): ZoneOffsets {
  let z = zones.get(zone);
  if (z === undefined) {
    z = new ZoneOffsets(zone);
    zones.set(zone, z);
  }
  return z;
}
