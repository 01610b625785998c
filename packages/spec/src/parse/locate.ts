/**
 * Line/column of a JSON Pointer in source text. momoa's AST gives exact spans; for documents deeper
 * than momoa's recursion allows, an iterative scanner finds the same positions.
 */
import { type DocumentNode, parse, type ValueNode } from '@humanwhocodes/momoa';
import { parsePointer } from '../diagnostics/index.js';
import { lineColumnOf } from './position.js';

/** A 1-based source position. */
export interface Position {
  line: number;
  column: number;
}

/** Finds positions of pointers; `key` asks for the member name rather than its value. */
export type Locator = (pointer: string, key?: boolean) => Position | undefined;

type ObjectNode = Extract<ValueNode, { type: 'Object' }>;
type Member = ObjectNode['members'][number];

function fromAst(ast: DocumentNode): Locator {
  // members by name, built once per object on first lookup: a pointer costs O(depth), not O(size)
  const indexes = new WeakMap<ObjectNode, Map<string, Member>>();
  const memberOf = (node: ObjectNode, token: string): Member | undefined => {
    let index = indexes.get(node);
    if (!index) {
      index = new Map();
      // JSON.parse keeps the last of duplicate keys; so do we
      for (const m of node.members) if (m.name.type === 'String') index.set(m.name.value, m);
      indexes.set(node, index);
    }
    return index.get(token);
  };
  return (pointer, key = false) => {
    let node: ValueNode = ast.body;
    let keyPos: Position | undefined;
    for (const token of parsePointer(pointer)) {
      keyPos = undefined;
      if (node.type === 'Object') {
        const found = memberOf(node, token);
        if (!found) return undefined;
        keyPos = { line: found.name.loc.start.line, column: found.name.loc.start.column };
        node = found.value;
      } else if (node.type === 'Array') {
        const el = /^(0|[1-9]\d*)$/.test(token) ? node.elements[Number(token)] : undefined;
        if (!el) return undefined;
        node = el.value;
      } else {
        return undefined;
      }
    }
    if (key && keyPos) return keyPos;
    return { line: node.loc.start.line, column: node.loc.start.column };
  };
}

interface Frame {
  kind: 'o' | 'a';
  /** Current member name (objects) or element index (arrays) as a pointer token. */
  name: string | undefined;
  index: number;
  expectKey: boolean;
  keyOffset: number;
}

/** Scan `text` (valid JSON) for the value at `tokens`, iteratively: O(text length), any depth. */
export function scanForPointer(text: string, tokens: readonly string[], key = false): Position | undefined {
  const stack: Frame[] = [];
  let matched = 0; // how many leading stack levels name the same tokens as the target
  const rename = (frame: Frame, name: string | undefined): void => {
    const level = stack.length - 1;
    frame.name = name;
    if (matched > level) matched = level;
    if (matched === level && name !== undefined && tokens[level] === name) matched = level + 1;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ':') {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === ',') {
      if (top?.kind === 'a') rename(top, String(++top.index));
      else if (top) {
        top.expectKey = true;
        rename(top, undefined);
      }
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      if (matched > stack.length) matched = stack.length;
      i++;
      continue;
    }
    if (c === '"' && top?.kind === 'o' && top.expectKey) {
      const end = stringEnd(text, i);
      top.expectKey = false;
      top.keyOffset = i;
      rename(top, JSON.parse(text.slice(i, end)) as string);
      i = end;
      continue;
    }
    // a value starts here
    if (matched === stack.length && matched === tokens.length) {
      return lineColumnOf(text, key && top?.kind === 'o' ? top.keyOffset : i);
    }
    if (c === '{' || c === '[') {
      const frame: Frame = {
        kind: c === '{' ? 'o' : 'a',
        name: undefined,
        index: 0,
        expectKey: c === '{',
        keyOffset: -1,
      };
      stack.push(frame);
      if (c === '[') rename(frame, '0');
      i++;
    } else if (c === '"') {
      i = stringEnd(text, i);
    } else {
      while (i < n && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  }
  return undefined;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

/** A locator over `text` (valid JSON). Parses lazily, once, on first use. */
export function createLocator(text: string): Locator {
  let locate: Locator | undefined;
  return (pointer, key) => {
    if (!locate) {
      try {
        locate = fromAst(parse(text, { mode: 'json', ranges: false }));
      } catch {
        locate = (p, k) => scanForPointer(text, parsePointer(p), k);
      }
    }
    try {
      return locate(pointer, key);
    } catch {
      return undefined;
    }
  };
}
