/**
 * Visit every rule node and condition of a (schema-valid, depth-checked) spec with its JSON Pointer.
 * Depth is bounded by the limits check, so plain recursion is safe here.
 */
import { childPointer } from '../../diagnostics/index.js';
import type { Condition, Node } from '../../types.js';

/** Where a condition sits: an `if` decides once per session (scalar), a `select` filter per asset. */
export type CondScope = 'if' | 'filter';

/** Callbacks for {@link walkRules}. */
export interface RuleVisitor {
  node?(node: Node, pointer: string): void;
  cond?(cond: Condition, pointer: string, scope: CondScope): void;
}

/** Depth-first, document order. */
export function walkRules(root: Node, visitor: RuleVisitor, pointer = '/rules'): void {
  visitor.node?.(root, pointer);
  switch (root.op) {
    case 'if':
      walkCond(root.cond, visitor, childPointer(pointer, 'cond'), 'if');
      walkRules(root.then, visitor, childPointer(pointer, 'then'));
      walkRules(root.else, visitor, childPointer(pointer, 'else'));
      break;
    case 'select':
      if (root.filter) walkCond(root.filter, visitor, childPointer(pointer, 'filter'), 'filter');
      break;
    case 'scale':
      walkRules(root.node, visitor, childPointer(pointer, 'node'));
      break;
    case 'group':
      root.children.forEach((child, i) => {
        walkRules(child.node, visitor, `${pointer}/children/${i}/node`);
      });
      break;
    default:
      break;
  }
}

function walkCond(cond: Condition, visitor: RuleVisitor, pointer: string, scope: CondScope): void {
  visitor.cond?.(cond, pointer, scope);
  if (cond.op === 'and' || cond.op === 'or') {
    cond.args.forEach((arg, i) => {
      walkCond(arg, visitor, `${pointer}/args/${i}`, scope);
    });
  } else if (cond.op === 'not') {
    walkCond(cond.arg, visitor, childPointer(pointer, 'arg'), scope);
  }
}
