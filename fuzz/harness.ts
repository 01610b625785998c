/**
 * The fuzz harness: feeds seeded inputs of every category to validateSpec / validateSpecText and
 * valid generated specs to the backtester, and counts what breaks an invariant:
 *  - throws: a validator call throws, or answers with an internal-error diagnostic;
 *  - pointers: a diagnostic pointer that does not resolve inside the input;
 *  - positions: a line/column outside the text (or a text diagnostic without one);
 *  - slow: a call over 100 ms on an input under 100 KB;
 *  - nondeterministic: the same input answered differently twice;
 *  - disagreements: a spec validate accepts that the backtest rejects, or a run that trades an asset
 *    outside its universe (a weight on one a dynamic universe never holds must stay in cash);
 *  - renames: renaming feature ids to Object.prototype names changes the validation or the run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Diagnostic,
  resolvePointer,
  type TacticalSpec,
  type ValidationResult,
  validateSpec,
  validateSpecText,
} from '@tactical/spec';
import fc from 'fast-check';
import {
  arbitraryJson,
  hostileGraph,
  mulberry32,
  mutateText,
  mutateValue,
  PROTO_NAMES,
  type Rng,
} from './inputs.js';
import { backtest } from './runtime.js';
import { RANGE, validSpec } from './specs.js';

export const CATEGORIES = ['generated', 'mutated', 'json', 'text', 'hostile'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  inputs: number;
  valid: number;
  throws: number;
  pointers: number;
  positions: number;
  slow: number;
  nondeterministic: number;
}

export interface RuntimeCounts {
  specs: number;
  validated: number;
  backtests: number;
  disagreements: number;
  /** Runs that gave weight to an asset the dynamic universe never holds (kept in cash, with a warning). */
  outsideUniverse: number;
  renameMismatches: number;
  nondeterministic: number;
}

export interface Report {
  seed: number;
  validation: Record<Category, Counts>;
  runtime: RuntimeCounts;
  /** Up to 20 examples of each failure, for the reader to reproduce. */
  examples: string[];
  slowest: { ms: number; category: Category; bytes: number };
}

const SLOW_MS = 100;
const SMALL_BYTES = 100 * 1024;
const root = join(import.meta.dirname, '..');

/** The example specs of the repo, parsed. */
export function exampleSpecs(): unknown[] {
  const dir = join(root, 'examples');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.includes('node_modules'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((t) => /"kind"\s*:/.test(t))
    .map((t) => JSON.parse(t) as unknown);
}

function emptyCounts(): Counts {
  return { inputs: 0, valid: 0, throws: 0, pointers: 0, positions: 0, slow: 0, nondeterministic: 0 };
}

/** Approximate JSON size in bytes, counting at most `cap` (shared references count per path, as JSON would). */
function sizeOf(input: unknown, cap = SMALL_BYTES): number {
  if (typeof input === 'string') return input.length;
  let size = 0;
  const stack: unknown[] = [input];
  while (stack.length > 0 && size < cap) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 3;
    else if (v === null || typeof v !== 'object') size += 5;
    else {
      let keys: string[];
      try {
        keys = Object.keys(v);
      } catch {
        continue;
      }
      size += 2;
      for (const k of keys) {
        size += k.length + 4;
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d && 'value' in d) stack.push(d.value);
      }
    }
  }
  return size;
}

function stable(r: ValidationResult): string {
  try {
    return JSON.stringify(r);
  } catch {
    return 'unserialisable';
  }
}

/** Check one validator answer against the input it was given. Returns the names of broken invariants. */
function inspect(result: ValidationResult, input: unknown, text: string | undefined): string[] {
  const broken: string[] = [];
  if (result.ok) return broken;
  let parsed: unknown;
  let body = text;
  if (text !== undefined) {
    body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const lines = body?.split('\n');
  for (const d of result.errors as Diagnostic[]) {
    if (d.code === 'internal-error') broken.push('throws');
    let found = false;
    try {
      found =
        resolvePointer(text === undefined ? input : parsed, d.pointer).found ||
        (parsed === undefined && d.pointer === '');
    } catch {
      found = false;
    }
    if (!found) broken.push('pointers');
    if (lines && d.code !== 'more-errors') {
      const line = lines[(d.line ?? 0) - 1];
      if (line === undefined || d.column === undefined || d.column < 1 || d.column > line.length + 1)
        broken.push('positions');
    }
  }
  return broken;
}

/** Run `count` validation inputs from `seed`, spread evenly over the categories. */
export function fuzzValidation(
  seed: number,
  count: number,
  report: Report,
  onProgress?: (done: number) => void,
): void {
  const rng: Rng = mulberry32(seed);
  const examples = exampleSpecs();
  const BATCH = 500;
  let generated: unknown[] = [];
  let json: unknown[] = [];
  let batch = 0;
  for (let i = 0; i < count; i++) {
    if (i % BATCH === 0) {
      generated = fc.sample(validSpec, { seed: seed + batch, numRuns: BATCH });
      json = arbitraryJson(seed + 7919 * batch, BATCH);
      batch++;
    }
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const base = rng() < 0.3 ? examples[Math.floor(rng() * examples.length)]! : generated[i % BATCH]!;
    let input: unknown;
    let text: string | undefined;
    switch (category) {
      case 'generated':
        input = generated[i % BATCH];
        break;
      case 'mutated':
        input = mutateValue(rng, base, generated);
        break;
      case 'json':
        input = json[i % BATCH];
        break;
      case 'text':
        text = mutateText(
          rng,
          JSON.stringify(rng() < 0.3 ? mutateValue(rng, base, generated) : base, null, rng() < 0.5 ? 2 : 0),
        );
        break;
      case 'hostile':
        input = hostileGraph(rng, base);
        break;
    }
    const counts = report.validation[category];
    counts.inputs++;
    const call = () => (text !== undefined ? validateSpecText(text, 'fuzz.json') : validateSpec(input));
    let result: ValidationResult;
    const t0 = performance.now();
    try {
      result = call();
    } catch (e) {
      counts.throws++;
      note(report, `throws [${category}] ${(e as Error).message}`);
      continue;
    }
    const ms = performance.now() - t0;
    const bytes = sizeOf(text ?? input);
    if (ms > report.slowest.ms && bytes < SMALL_BYTES) report.slowest = { ms, category, bytes };
    if (ms > SLOW_MS && bytes < SMALL_BYTES) {
      // a second try tells a slow input from a busy machine
      const t1 = performance.now();
      call();
      if (performance.now() - t1 > SLOW_MS) {
        counts.slow++;
        note(report, `slow [${category}] ${ms.toFixed(0)} ms, ${bytes} bytes, input #${i}`);
      }
    }
    if (result.ok) counts.valid++;
    for (const b of inspect(result, input, text)) {
      counts[b as 'throws' | 'pointers' | 'positions']++;
      note(
        report,
        `${b} [${category}] input #${i}: ${JSON.stringify(result.ok ? null : result.errors.slice(0, 2))}`,
      );
    }
    if (i % 10 === 0) {
      let again: ValidationResult | undefined;
      try {
        again = call();
      } catch {
        again = undefined;
      }
      if (!again || stable(again) !== stable(result)) {
        counts.nondeterministic++;
        note(report, `nondeterministic [${category}] input #${i}`);
      }
    }
    if (onProgress && (i + 1) % 10_000 === 0) onProgress(i + 1);
  }
}

function note(report: Report, line: string): void {
  if (report.examples.length < 200) report.examples.push(line);
}

/** Feature ids f0, f1, … renamed to Object.prototype names, refs with them (JSON-parsed, as a file would be). */
export function renameToPrototypeNames(spec: unknown): unknown {
  const text = JSON.stringify(spec).replace(/"f(\d)"/g, (_all, d: string) =>
    JSON.stringify(PROTO_NAMES[Number(d)]!),
  );
  return JSON.parse(text);
}

const sameSeries = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Backtest `count` generated valid specs from `seed`; every 4th also renamed, every 10th twice. */
export async function fuzzRuntime(
  seed: number,
  count: number,
  report: Report,
  onProgress?: (done: number) => void,
): Promise<void> {
  const r = report.runtime;
  const BATCH = 200;
  for (let i = 0; i < count; i += BATCH) {
    const specs = fc.sample(validSpec, { seed: seed + 104_729 + i, numRuns: Math.min(BATCH, count - i) });
    for (let j = 0; j < specs.length; j++) {
      const n = i + j;
      r.specs++;
      const v = validateSpec(specs[j]);
      if (!v.ok) continue;
      r.validated++;
      r.backtests++;
      const run = await backtest(v.spec, RANGE.from, RANGE.to);
      if (!run.ok) {
        r.disagreements++;
        note(report, `disagreement spec #${n}: ${run.error} :: ${JSON.stringify(specs[j])}`);
        continue;
      }
      if (run.outsideWarned.length > 0) r.outsideUniverse++;
      if (run.outsideTraded.length > 0) {
        r.disagreements++;
        note(report, `outside the universe but traded, spec #${n}: ${run.outsideTraded.join(', ')}`);
      }
      if (n % 4 === 0) {
        const renamed = validateSpec(renameToPrototypeNames(v.spec));
        const again = renamed.ok
          ? await backtest(renamed.spec as TacticalSpec, RANGE.from, RANGE.to)
          : undefined;
        r.backtests++;
        if (!again?.ok || !sameSeries(again.equity, run.equity)) {
          r.renameMismatches++;
          note(
            report,
            `rename spec #${n}: ${renamed.ok ? (again?.ok ? 'equity differs' : again?.error) : JSON.stringify(renamed.errors.slice(0, 2))}`,
          );
        }
      }
      if (n % 10 === 0) {
        const twice = await backtest(v.spec, RANGE.from, RANGE.to);
        r.backtests++;
        if (!twice.ok || !sameSeries(twice.equity, run.equity)) {
          r.nondeterministic++;
          note(report, `nondeterministic run spec #${n}`);
        }
      }
      if (onProgress && (n + 1) % 500 === 0) onProgress(n + 1);
    }
  }
}

export function emptyReport(seed: number): Report {
  return {
    seed,
    validation: Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>,
    runtime: {
      specs: 0,
      validated: 0,
      backtests: 0,
      disagreements: 0,
      outsideUniverse: 0,
      renameMismatches: 0,
      nondeterministic: 0,
    },
    examples: [],
    slowest: { ms: 0, category: 'generated', bytes: 0 },
  };
}

/** The summary table the full run prints. */
export function summary(report: Report): string {
  const rows = [
    `fuzz summary (seed ${report.seed})`,
    'category    inputs     valid  throws  pointers  positions  slow  nondet',
  ];
  const total = emptyCounts();
  for (const c of CATEGORIES) {
    const k = report.validation[c];
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += k[key];
    rows.push(row(c, k));
  }
  rows.push(row('total', total));
  const r = report.runtime;
  rows.push(
    `runtime: ${r.specs} generated specs, ${r.validated} valid, ${r.backtests} backtests, ${r.disagreements} validate/runtime disagreements, ${r.outsideUniverse} runs kept a weight outside the universe in cash, ${r.renameMismatches} Object.prototype-rename mismatches, ${r.nondeterministic} nondeterministic runs`,
  );
  rows.push(
    `slowest call under 100 KB: ${report.slowest.ms.toFixed(1)} ms (${report.slowest.category}, ${report.slowest.bytes} bytes)`,
  );
  return rows.join('\n');
}

function row(name: string, k: Counts): string {
  return `${name.padEnd(10)} ${String(k.inputs).padStart(7)} ${String(k.valid).padStart(9)} ${String(k.throws).padStart(7)} ${String(k.pointers).padStart(9)} ${String(k.positions).padStart(10)} ${String(k.slow).padStart(5)} ${String(k.nondeterministic).padStart(7)}`;
}
