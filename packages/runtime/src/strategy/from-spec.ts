/**
 * `fromSpec(spec, { runtime, calendar })`: validate, resolve defaults, and return a Strategy that
 * compiles the rule tree once per prepared FeatureSet.
 */
import { fromDay, isoDate, toDay } from '@tactical/calendars';
import { type Feature, validateSpec } from '@tactical/spec';
import { type CompiledRules, compileRules } from '../compile/compile.js';
import { rulesLookback } from '../compile/lookback.js';
import type { SpecLike } from '../compile/spec-types.js';
import type { Asset, DateRange } from '../data/types.js';
import { isScheduledRebalance, needsDriftRebalance, rebalanceMask } from '../evaluate/schedule.js';
import type { Decision, StrategyState, Weights } from '../evaluate/types.js';
import type { FeatureSet } from '../features/types.js';
import { own } from '../ids.js';
import { SpecError, StrategyUsageError } from './errors.js';
import { resolveExecution, scaleTargets } from './execution.js';
import { currentWeightsOf, ordersFor } from './orders.js';
import type { DecideResult, FromSpecOptions, Holdings, Strategy } from './types.js';

const DAY_MS = 86_400_000;

function isHoldings(x: Weights | Holdings | undefined): x is Holdings {
  return x !== undefined && typeof (x as { portfolio?: unknown }).portfolio === 'object';
}

/** Given prices, else each asset's last known close up to grid index i (the backtest's marks; also used by live/signal). */
export function pricesAt(
  features: FeatureSet,
  i: number,
  given: Readonly<Record<string, number>> | undefined,
): (id: string) => number | undefined {
  if (given !== undefined) return (id) => own(given, id);
  const { assets, columns } = features.panel;
  const mark = new Map<string, number>();
  for (let k = 0; k < assets.length; k++) {
    const close = columns[k]!.close;
    for (let j = i; j >= 0; j--) {
      if (Number.isFinite(close[j]!)) {
        mark.set(assets[k]!.id, close[j]!);
        break;
      }
    }
  }
  return (id) => mark.get(id);
}

/** Weights of a vector on assets outside the panel, with the first pointer naming each. */
function outsideUniverse(
  compiled: CompiledRules,
  weights: Float64Array,
): NonNullable<Decision['outsideUniverse']> {
  if (compiled.outsidePanel.length === 0) return [];
  return compiled.outsidePanelWeights(weights).map(({ asset, weight }) => ({
    asset,
    weight,
    pointer: compiled.outsidePanel.find((o) => o.asset === asset)!.pointers[0]!,
  }));
}

/** The decision warning for one weight on an asset the universe never holds in the run. */
export function outsideUniverseWarning(o: { asset: string; weight: number; pointer: string }): string {
  return `asset '${o.asset}' is not a member of the universe at any session of this run (no data): its weight ${o.weight} (at ${o.pointer}) stays in cash`;
}

/** Builds a Strategy from a spec (throws `SpecError` with the diagnostics when the spec is invalid). */
export function fromSpec(input: SpecLike, options: FromSpecOptions): Strategy {
  // Schema and semantic checks of '@tactical/spec' (also migrates older versions to tactical/v1).
  const validated = validateSpec(input);
  if (!validated.ok) throw new SpecError(validated.errors);
  // The generated TacticalSpec and the compiler's structural SpecLike describe the same document.
  return fromValidatedSpec(validated.spec as unknown as SpecLike, options);
}

/**
 * `fromSpec` for the `spec` of an `ok` result of `validateSpec`, which the caller made and holds (not
 * exported from the package: a sweep point validates its spec for its error row, then builds on it).
 */
export function fromValidatedSpec(spec: SpecLike, options: FromSpecOptions): Strategy {
  const { runtime, calendar } = options;
  const origin = options.origin === undefined ? undefined : fromDay(toDay(options.origin));
  const execution = resolveExecution(spec.execution);
  const rebalance = spec.rebalance ?? {};
  const schedule = { frequency: rebalance.frequency ?? 'Daily', anchors: rebalance.anchors ?? [] } as const;
  // The warm-up covers the tree's own lookbacks too (the runtime sizes the features' part).
  const treeWarmup = rulesLookback(spec.rules);

  let prepared: { range: DateRange; features: FeatureSet; compiled: CompiledRules; mask: Uint8Array } | null =
    null;
  let sessions: readonly Date[] = [];

  const requirePrepared = () => {
    if (prepared === null) throw new StrategyUsageError('not_prepared', 'call strategy.prepare(range) first');
    return prepared;
  };

  const strategy: Strategy = {
    spec,
    calendar,
    execution,
    universe: spec.universe,
    async prepare(range) {
      // A dynamic universe is resolved point in time by the data feed; the runtime gets no fixed list.
      const dynamic = 'index' in spec.universe ? spec.universe.index : undefined;
      const universe = dynamic !== undefined ? [] : (spec.universe as readonly Asset[]);
      const features = await runtime.prepare({
        // SpecLike keeps features opaque; a validated spec's features are the generated `Feature`s.
        features: spec.features as unknown as readonly Feature[],
        universe,
        ...(dynamic !== undefined ? { index: dynamic } : {}),
        range,
        calendar,
        warmup: treeWarmup,
      });
      const grid = features.panel.grid;
      const mask = rebalanceMask(calendar, grid.days, schedule);
      let scheduled = 0;
      for (let i = 0; i < mask.length; i++) scheduled += mask[i]!;
      const compiled = compileRules(spec.rules, features, {
        evaluatedShare: mask.length === 0 ? 0 : scheduled / mask.length,
      });
      prepared = { range, features, compiled, mask };
      const from = toDay(range.from);
      const to = toDay(range.to);
      sessions = grid.dates.filter((_, k) => grid.days[k]! >= from && grid.days[k]! < to);
    },
    get features() {
      return requirePrepared().features;
    },
    get sessions() {
      return sessions;
    },
    isRebalanceDay(t) {
      const day = toDay(t);
      if (prepared !== null) {
        const i = prepared.features.panel.grid.indexOfDay(day);
        if (i >= 0) return prepared.mask[i] === 1;
      }
      return isScheduledRebalance(calendar, day, schedule);
    },
    decide(i, state, currentWeights) {
      return decideAt(requirePrepared(), i, state, currentWeights);
    },
    usesCurrentWeights: rebalance.drift !== undefined,
    async evaluate(t, state, current) {
      const day = toDay(t);
      let p = prepared;
      if (p === null || p.features.panel.grid.indexOfDay(day) < 0) {
        // The feature origin stays fixed so features (EMA seeds, warm-up) see the same history.
        const from = origin ?? p?.range.from ?? fromDay(day);
        await strategy.prepare({ from, to: new Date((day + 1) * DAY_MS) });
        p = requirePrepared();
      }
      const i = p.features.panel.grid.indexOfDay(day);
      if (i < 0)
        throw new StrategyUsageError('not_a_session', `${isoDate(day)} is not a session of ${calendar.code}`);
      const holdings = isHoldings(current) ? current : undefined;
      if (holdings === undefined) {
        const { decision, state: next } = decideAt(p, i, state, current as Weights | undefined);
        return { ...decision, state: next };
      }
      const priceOf = pricesAt(p.features, i, holdings.prices);
      const order = p.features.panel.assets.map((a) => a.id);
      const weights = currentWeightsOf(holdings.portfolio, priceOf, order);
      const { decision, state: next } = decideAt(p, i, state, weights);
      const plan = ordersFor(decision, holdings.portfolio, priceOf, execution);
      return { ...decision, state: next, orders: plan.orders };
    },
  };

  function decideAt(
    p: { features: FeatureSet; compiled: CompiledRules; mask: Uint8Array },
    i: number,
    state: StrategyState,
    currentWeights: Weights | undefined,
  ): DecideResult {
    const grid = p.features.panel.grid;
    const t = isoDate(grid.days[i]!);
    if (state.lastEvaluated !== undefined && t <= state.lastEvaluated) {
      throw new StrategyUsageError(
        'backwards',
        `cannot decide ${t}: the state was already evaluated on ${state.lastEvaluated}`,
      );
    }
    // `atStart`: rebalance on every session until the first evaluation that gives targets.
    const starting = rebalance.atStart === true && state.allocated !== true;
    const scheduled = p.mask[i] === 1 || starting;
    const drifted =
      currentWeights !== undefined && needsDriftRebalance(currentWeights, state.targets, rebalance.drift);
    if (!scheduled && !drifted) {
      // Most sessions: the state carried as it is (written out, no spread: this runs every session).
      const { targets: held, hysteresis: kept, allocated: wasAllocated } = state;
      return {
        decision: { t, rebalance: false, targets: held },
        state:
          wasAllocated === undefined
            ? { targets: held, hysteresis: kept, lastEvaluated: t }
            : { targets: held, hysteresis: kept, lastEvaluated: t, allocated: wasAllocated },
      };
    }
    const carry = state.allocated === undefined ? {} : { allocated: state.allocated };
    const outcome = p.compiled.evaluate(i, state.hysteresis);
    if (!(outcome.result instanceof Float64Array)) {
      const { reason, pointer } = outcome.result;
      return {
        decision: { t, rebalance: true, targets: state.targets, hold: { reason, pointer } },
        state: { targets: state.targets, hysteresis: outcome.hysteresis, lastEvaluated: t, ...carry },
      };
    }
    const { targets, warning } = scaleTargets(p.compiled.toRecord(outcome.result), execution);
    const decision: Decision = { t, rebalance: true, targets };
    const warnings = warning === undefined ? [] : [warning];
    const outside = outsideUniverse(p.compiled, outcome.result);
    if (outside.length > 0) {
      decision.outsideUniverse = outside;
      for (const o of outside) warnings.push(outsideUniverseWarning(o));
    }
    if (warnings.length > 0) decision.warnings = warnings;
    const allocated = rebalance.atStart === true ? { allocated: true } : carry;
    return { decision, state: { targets, hysteresis: outcome.hysteresis, lastEvaluated: t, ...allocated } };
  }

  return strategy;
}
