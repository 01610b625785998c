/**
 * Strategy issues of a run: rebalances that held because an input was undefined (`rebalance_held`,
 * one group per spec pointer: which feature or node, since when, how often), and a run that never
 * traded (`never_traded`), with the reason when one is known.
 */
import type { Decision } from '../evaluate/types.js';
import { IssueGroups, type RunIssue } from './issues.js';

/** Issues for the decisions of one run that placed `orders` orders. */
export function strategyIssues(decisions: readonly Decision[], orders: number): RunIssue[] {
  const groups = new IssueGroups();
  let rebalanceDays = 0;
  let held = 0;
  let firstHold: Decision | undefined;
  for (const d of decisions) {
    if (d.rebalance) rebalanceDays++;
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
  const issues = groups.list();
  if (orders === 0 && decisions.length > 0) {
    const span = `${decisions[0]!.t}..${decisions[decisions.length - 1]!.t}`;
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
