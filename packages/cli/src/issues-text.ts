/**
 * The run's issues as text (docs/data.md § Run issues): one block per group — severity, code,
 * asset, count, the first message, the first few locations and the hint — and a summary line.
 */
import type { IssueLocation, RunIssue } from '@tactical/runtime';
import { shownPath } from './run-errors.js';

function place(l: IssueLocation, cwd: string): string {
  const file =
    l.file !== undefined ? `${shownPath(l.file, cwd)}${l.line !== undefined ? `:${l.line}` : ''}` : '';
  const pointer = l.pointer !== undefined ? l.pointer || '/' : undefined;
  const head = file || l.day || pointer || '';
  const extra = [file ? l.day : undefined, head !== pointer ? pointer : undefined].filter((p) => p);
  return extra.length > 0 ? `${head} (${extra.join(', ')})` : head;
}

/** The issues, grouped as `result.issues` holds them; '' when there are none. */
export function formatIssues(issues: readonly RunIssue[], cwd: string): string {
  if (issues.length === 0) return '';
  const total = issues.reduce((s, i) => s + i.count, 0);
  const lines = [
    `${issues.length} issue group${issues.length === 1 ? '' : 's'} (${total} occurrence${total === 1 ? '' : 's'}):`,
  ];
  for (const i of issues) {
    const who = i.asset !== undefined ? ` ${i.asset}` : '';
    lines.push(`  ${i.severity} ${i.code}${who} ×${i.count}: ${i.message}`);
    const places = i.locations.map((l) => place(l, cwd)).filter((p) => p);
    if (places.length > 0) {
      const more = i.count - i.locations.length;
      lines.push(`    at ${places.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
    if (i.hint) lines.push(`    hint: ${i.hint}`);
  }
  return `${lines.join('\n')}\n`;
}

/** JSON-ready issues: file paths shown relative to `cwd` (stable across machines). */
export function issuesForJson(issues: readonly RunIssue[], cwd: string): RunIssue[] {
  return issues.map((i) => ({
    ...i,
    locations: i.locations.map((l) => (l.file !== undefined ? { ...l, file: shownPath(l.file, cwd) } : l)),
  }));
}

/** Issue groups a sweep summary lists before it says how many more there are. */
const SWEEP_GROUPS_SHOWN = 12;

/**
 * A sweep's issues in one summary (its rows carry their own, see `SweepRow.issues`): each group
 * (severity, code, asset) once, with how many points it occurred in and its first message; '' when no
 * point had any.
 */
export function formatSweepIssues(rows: readonly { issues?: readonly RunIssue[] }[]): string {
  const groups = new Map<string, { issue: RunIssue; points: number }>();
  let points = 0;
  for (const r of rows) {
    if (r.issues === undefined || r.issues.length === 0) continue;
    points++;
    for (const i of r.issues) {
      const key = `${i.severity}\0${i.code}\0${i.asset ?? ''}`;
      const group = groups.get(key);
      if (group) group.points++;
      else groups.set(key, { issue: i, points: 1 });
    }
  }
  if (points === 0) return '';
  const lines = [`${points} of ${rows.length} point(s) ran with issues (each row's are in --json):`];
  for (const { issue: i, points: n } of [...groups.values()].slice(0, SWEEP_GROUPS_SHOWN)) {
    const who = i.asset !== undefined ? ` ${i.asset}` : '';
    lines.push(`  ${i.severity} ${i.code}${who} in ${n} point(s): ${i.message}`);
  }
  if (groups.size > SWEEP_GROUPS_SHOWN) lines.push(`  and ${groups.size - SWEEP_GROUPS_SHOWN} more group(s)`);
  return `${lines.join('\n')}\n`;
}
