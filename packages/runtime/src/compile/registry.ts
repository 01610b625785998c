/**
 * The registries: which module compiles which `op` / `scheme`. The compiler core never imports a
 * particular kind; adding a node kind means adding a module and one line here.
 */
import { compareModule } from './conditions/compare.js';
import { andOrModule, notModule } from './conditions/logic.js';
import type { CondModule, NodeModule, WeightingModule } from './context.js';
import { allocateNode } from './nodes/allocate.js';
import { cashNode } from './nodes/cash.js';
import { groupNode } from './nodes/group.js';
import { holdNode } from './nodes/hold.js';
import { ifNode } from './nodes/if.js';
import { scaleNode } from './nodes/scale.js';
import { selectNode } from './nodes/select.js';
import { weightNode } from './nodes/weight.js';
import { equalWeighting } from './weightings/equal.js';
import { inverseVolatilityWeighting } from './weightings/inverse-volatility.js';
import { proportionalWeighting } from './weightings/proportional.js';
import { specifiedWeighting } from './weightings/specified.js';

/** Node modules by `op`. */
export const nodeRegistry: ReadonlyMap<string, NodeModule> = new Map(
  [allocateNode, ifNode, selectNode, weightNode, groupNode, cashNode, scaleNode, holdNode].map((m) => [
    m.op,
    m,
  ]),
);

/** Condition modules by `op`. */
export const condRegistry: ReadonlyMap<string, CondModule> = new Map(
  [compareModule, andOrModule, notModule].flatMap((m) => m.ops.map((op) => [op, m] as const)),
);

/** Weighting modules by `scheme`. */
export const weightingRegistry: ReadonlyMap<string, WeightingModule> = new Map(
  [equalWeighting, inverseVolatilityWeighting, proportionalWeighting, specifiedWeighting].map((m) => [
    m.scheme,
    m,
  ]),
);
