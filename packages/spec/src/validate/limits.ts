/**
 * Size and nesting limits (docs/spec-language.md § Limits), checked by an iterative walk BEFORE the
 * schema validator, which recurses: a 20,000-level tree gets a diagnostic here, never a stack overflow.
 */
import { type Diagnostic, DiagnosticCode, error, escapeToken } from '../diagnostics/index.js';

/** The documented limits. */
export const LIMITS = {
  /** Nesting of rule nodes, of conditions, and of expressions, each counted on its own. */
  depth: 64,
  /** Raw JSON nesting anywhere in the document (protects the recursive schema validator). */
  jsonDepth: 1024,
  universeAssets: 10_000,
  features: 1_000,
  ruleNodes: 10_000,
  /** Spec file size in bytes. */
  fileBytes: 10 * 1024 * 1024,
  /** Diagnostics listed for one spec; the rest are counted in a last "and N more" diagnostic. */
  diagnostics: 100,
  /**
   * Values (objects, arrays and scalars) in a spec given as objects, counted as the JSON it stands
   * for: an object reachable twice counts twice. A 10 MB file holds fewer than 5,000,000.
   */
  values: 5_000_000,
} as const;

/** What a value is in the language, which decides how its children nest. */
type Role = 'other' | 'node' | 'cond' | 'expr' | 'features' | 'feature' | 'groupChildren' | 'groupChild';

interface Item {
  value: unknown;
  parent: Item | undefined;
  token: string;
  depth: number;
  role: Role;
  /** Nesting level of this value within its own kind (rule node, condition, expression). */
  level: number;
}

function pointerOf(item: Item): string {
  const tokens: string[] = [];
  for (let it: Item | undefined = item; it?.parent; it = it.parent) tokens.push(escapeToken(it.token));
  let out = '';
  for (let i = tokens.length - 1; i >= 0; i--) out += `/${tokens[i]}`;
  return out;
}

const NOUN: Record<'node' | 'cond' | 'expr', string> = {
  node: 'rule tree',
  cond: 'condition',
  expr: 'expression',
};

/** The role of the child at `key` of a value with `role`. */
function childRole(role: Role, key: string): Role {
  switch (role) {
    case 'node':
      if (key === 'then' || key === 'else' || key === 'node') return 'node'; // `node`: a scale's subtree
      if (key === 'cond' || key === 'filter') return 'cond';
      if (key === 'children') return 'groupChildren';
      return 'other';
    case 'groupChildren':
      return 'groupChild';
    case 'groupChild':
      return key === 'node' ? 'node' : 'other';
    case 'cond':
      if (key === 'arg') return 'cond';
      if (key === 'args') return 'cond'; // the array; its items are conditions too (see below)
      return 'other';
    case 'features':
      return 'feature';
    case 'feature':
      return key === 'args' ? 'expr' : 'other';
    case 'expr':
      return 'expr';
    default:
      return 'other';
  }
}

/**
 * Walk `input` iteratively and report every limit it breaks. Nothing below a too-deep value is
 * visited, so the cost is bounded by the limits, not by the input's depth.
 */
export function checkLimits(input: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (input === null || typeof input !== 'object') return out;
  const stack: Item[] = [{ value: input, parent: undefined, token: '', depth: 0, role: 'other', level: 0 }];
  let ruleNodes = 0;
  let reportedNodes = false;
  const reportedDepth = new Set<Role>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { value } = item;
    if (value === null || typeof value !== 'object') continue;
    if (item.depth > LIMITS.jsonDepth) {
      out.push(
        error(DiagnosticCode.tooDeep, pointerOf(item), `JSON nests deeper than ${LIMITS.jsonDepth} levels`, {
          params: { limit: LIMITS.jsonDepth },
        }),
      );
      continue;
    }
    const isArray = Array.isArray(value);
    if ((item.role === 'node' || item.role === 'cond' || item.role === 'expr') && !isArray) {
      if (item.role === 'node' && ++ruleNodes > LIMITS.ruleNodes && !reportedNodes) {
        reportedNodes = true;
        out.push(
          error(DiagnosticCode.tooLarge, '/rules', `the rule tree has more than ${LIMITS.ruleNodes} nodes`, {
            params: { limit: LIMITS.ruleNodes },
          }),
        );
      }
      if (item.level > LIMITS.depth) {
        // once per kind: siblings at the same depth say nothing new
        if (reportedDepth.has(item.role)) continue;
        reportedDepth.add(item.role);
        out.push(
          error(
            DiagnosticCode.tooDeep,
            pointerOf(item),
            `${NOUN[item.role]} nests deeper than ${LIMITS.depth} levels`,
            {
              hint: `split it into features or flatter branches; at most ${LIMITS.depth} levels are allowed`,
              params: { limit: LIMITS.depth },
            },
          ),
        );
        continue;
      }
    }
    if (item.depth === 0 && !isArray) {
      const root = value as Record<string, unknown>;
      if (Array.isArray(root.universe) && root.universe.length > LIMITS.universeAssets) {
        out.push(
          error(
            DiagnosticCode.tooLarge,
            '/universe',
            `the universe has ${root.universe.length} assets; at most ${LIMITS.universeAssets} are allowed`,
            {
              params: { limit: LIMITS.universeAssets },
            },
          ),
        );
      }
      if (Array.isArray(root.features) && root.features.length > LIMITS.features) {
        out.push(
          error(
            DiagnosticCode.tooLarge,
            '/features',
            `${root.features.length} features; at most ${LIMITS.features} are allowed`,
            {
              params: { limit: LIMITS.features },
            },
          ),
        );
      }
    }
    const keys = isArray ? null : Object.keys(value);
    const count = isArray ? (value as unknown[]).length : keys!.length;
    // push in reverse so diagnostics come out in document order
    for (let k = count - 1; k >= 0; k--) {
      const token = isArray ? String(k) : keys![k]!;
      const child = isArray ? (value as unknown[])[k] : (value as Record<string, unknown>)[token];
      if (child === null || typeof child !== 'object') continue;
      let role: Role;
      let level = 0;
      if (item.depth === 0) role = token === 'rules' ? 'node' : token === 'features' ? 'features' : 'other';
      else if (isArray && item.role === 'cond')
        role = 'cond'; // items of and/or `args`
      else if (isArray && item.role === 'expr')
        role = 'expr'; // items of expression `args`
      else if (isArray && item.role === 'groupChildren') role = 'groupChild';
      else if (isArray && item.role === 'features') role = 'feature';
      else role = isArray ? 'other' : childRole(item.role, token);
      if (role === 'node' || role === 'cond' || role === 'expr') {
        const parentLevel = findLevel(item, role);
        level = Array.isArray(child) ? parentLevel : parentLevel + 1;
      }
      stack.push({ value: child, parent: item, token, depth: item.depth + 1, role, level });
    }
  }
  return out;
}

/** The level of the nearest enclosing value of the same role (through arrays and group legs). */
function findLevel(item: Item, role: Role): number {
  for (let it: Item | undefined = item; it; it = it.parent) {
    if (it.role === role) return it.level;
    if (it.role !== 'groupChildren' && it.role !== 'groupChild' && !Array.isArray(it.value)) {
      return role === it.role ? it.level : 0;
    }
  }
  return 0;
}
