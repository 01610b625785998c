/**
 * The semantic checks: rules the schema cannot express. Each is one module; this registry is the
 * only place that lists them, in the order their findings are reported.
 */
import { aggregateOptions } from './aggregate-options.js';
import { assetRefs } from './asset-refs.js';
import type { SemanticCheck } from './context.js';
import { duplicateIds } from './duplicate-ids.js';
import { eventIndex } from './event-index.js';
import { exprArity } from './expr-arity.js';
import { exprCycles } from './expr-cycles.js';
import { featureRefs } from './feature-refs.js';
import { featureShapes } from './feature-shapes.js';
import { grossExposure } from './gross-exposure.js';
import { rebalanceAnchors } from './rebalance.js';
import { selectOptions } from './select-options.js';

export { type CheckContext, createContext, type SemanticCheck, type Shape } from './context.js';

/** Every semantic check, run in this order on a schema-valid spec. */
export const semanticChecks: readonly SemanticCheck[] = [
  rebalanceAnchors,
  duplicateIds,
  featureRefs,
  exprArity,
  exprCycles,
  assetRefs,
  featureShapes,
  eventIndex,
  selectOptions,
  aggregateOptions,
  grossExposure,
];
