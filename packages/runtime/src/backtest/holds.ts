/**
 * Strategy issues of a run: rebalances that held because an input was undefined (`rebalance_held`,
 * one group per spec pointer: which feature or node, since when, how often), weights on assets a
 * dynamic universe never holds in the run (`outside_universe`, one group per asset: the pointer and
 * the sessions), and a run that never traded (`never_traded`), with the reason when one is known.
 */
import type { Decision } from '../evaluate/types.js';
import { IssueGroups, KEPT_ISSUE_LOCATIONS, type RunIssue } from './issues.js';

/**
 * What the strategy issues need of a run's decisions, gathered as they are made: counts, the first
 * and last session, and only the decisions that held or kept a weight outside the universe (a run
 * that records a summary keeps no other decision).
 */
export class DecisionLog {
  /** Decisions made. */
  count = 0;
  /** Of which on rebalance days. */
  rebalanceDays = 0;
  first: string | undefined;
  last: string | undefined;
  /** Decisions with a `hold` or an `outsideUniverse`, in order. */
  readonly notable: Decision[] = [];

  add(d: Decision): void {
    this.count++;
    if (d.rebalance) this.rebalanceDays++;
    this.first ??= d.t;
    this.last = d.t;
    if (d.hold || d.outsideUniverse) this.notable.push(d);
  }

  static of(decisions: readonly Decision[]): DecisionLog {
    const log = new DecisionLog();
    for (const d of decisions) log.add(d);
    return log;
  }
}

/** Issues for the decisions of one run that placed `orders` orders. */
export function strategyIssues(log: DecisionLog, orders: number): RunIssue[] {
  const groups = new IssueGroups();
  const rebalanceDays = log.rebalanceDays;
  let held = 0;
  let firstHold: Decision | undefined;
  for (const d of log.notable) {
    if (!d.hold) continue;
    held++;
    firstHold ??= d;
    groups.add(
      d.hold.pointer,
      {
        code: 'rebalance_held',
        severity: 'warning',
        source: 'strategy',
        hint: 'An undefined input (warm-up, missing data) keeps the previous targets; check the data span and lookbacks',
      },
      `targets held since ${d.t}: ${d.hold.reason} (at ${d.hold.pointer || '/'})`,
      { day: d.t, pointer: d.hold.pointer },
    );
  }
  const issues = [...groups.list(), ...outsideUniverseIssues(log.notable)];
  if (orders === 0 && log.count > 0) {
    const span = `${log.first}..${log.last}`;
    const why =
      rebalanceDays === 0
        ? 'no session of the range was a rebalance day'
        : held === rebalanceDays && firstHold
          ? `every rebalance held (${held} of ${rebalanceDays}): ${firstHold.hold!.reason} at ${firstHold.hold!.pointer || '/'}, undefined since ${firstHold.t}`
          : firstHold
            ? `${held} of ${rebalanceDays} rebalances held (first on ${firstHold.t}: ${firstHold.hold!.reason}); the others asked for the holdings already held`
            : `the targets of all ${rebalanceDays} rebalances matched the holdings (e.g. all cash)`;
    issues.push({
      code: 'never_traded',
      severity: 'warning',
      source: 'strategy',
      message: `the strategy placed no order in ${span}: ${why}`,
      hint: 'Check the rules and the features they read over this range',
      count: 1,
      locations: firstHold ? [{ day: firstHold.t, pointer: firstHold.hold!.pointer }] : [],
    });
  }
  return issues;
}

/** One `outside_universe` warning per asset: where the spec names it and the sessions its weight stayed in cash. */
function outsideUniverseIssues(decisions: readonly Decision[]): RunIssue[] {
  const byAsset = new Map<string, { pointer: string; weight: number; days: string[] }>();
  for (const d of decisions) {
    for (const o of d.outsideUniverse ?? []) {
      const g = byAsset.get(o.asset);
      if (g === undefined) byAsset.set(o.asset, { pointer: o.pointer, weight: o.weight, days: [d.t] });
      else g.days.push(d.t);
    }
  }
  return [...byAsset].map(([asset, g]) => ({
    code: 'outside_universe',
    severity: 'warning' as const,
    source: 'strategy' as const,
    asset,
    message: `asset '${asset}' (at ${g.pointer}) is not a member of the universe at any session of this run, so it has no data: its weight (${g.weight} on ${g.days[0]}) stayed in cash on ${g.days.length} rebalance session(s), ${g.days[0]}..${g.days[g.days.length - 1]}`,
    hint: 'A dynamic universe holds an asset only while it is an index member; name members (by ticker) or choose a range in which this one is a member',
    count: g.days.length,
    locations: g.days.slice(0, KEPT_ISSUE_LOCATIONS).map((day) => ({ day, pointer: g.pointer })),
  }));
}
