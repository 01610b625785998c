/**
 * ajv errors → diagnostics, one keyword at a time. Tagged unions (`kind`/`op`/`scheme`) validate only
 * the branch their tag names (`if`/`then` in the schema); untagged unions are resolved by the data's JSON
 * type, so a user sees the errors of the branch they meant, never ajv's "must match a schema in anyOf" noise.
 */
import {
  childPointer,
  type Diagnostic,
  DiagnosticCode,
  didYouMean,
  error,
  parsePointer,
  quoteList,
  resolvePointer,
} from '../diagnostics/index.js';
import { schema } from '../generated/schema.js';
import type { AjvError } from './compiled.js';

const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;

/** How each tagged union is named in messages. */
const TAGGED: Record<string, { tag: string; noun: string }> = {
  Feature: { tag: 'kind', noun: 'feature kind' },
  Node: { tag: 'op', noun: 'rule node op' },
  Condition: { tag: 'op', noun: 'condition op' },
  Weighting: { tag: 'scheme', noun: 'weighting scheme' },
};

/** The tag values a tagged union accepts, read from the schema (the `enum` of its tag property). */
function tagValues(union: string): string[] {
  const tag = TAGGED[union]?.tag;
  const properties = (defs[union]?.properties ?? {}) as Record<string, { enum?: unknown[] }>;
  return tag ? (properties[tag]?.enum ?? []).map(String) : [];
}

/**
 * The tagged union an error belongs to when it is about the tag itself: the tag property's `enum`
 * (unknown or non-string value; the union is the one whose tag values that enum lists), or a missing
 * tag (`required` on the union, whose title names it).
 */
function taggedUnionOf(e: AjvError): string | undefined {
  const parent = e.parentSchema;
  if (e.keyword === 'required') {
    const union = branchKey(parent);
    return TAGGED[union]?.tag === e.params.missingProperty ? union : undefined;
  }
  if (e.keyword !== 'enum' || !Array.isArray(parent?.enum)) return undefined;
  const tag = parsePointer(e.instancePath).pop();
  const listed = JSON.stringify(parent.enum);
  for (const [union, info] of Object.entries(TAGGED)) {
    if (info.tag === tag && JSON.stringify(tagValues(union)) === listed) return union;
  }
  return undefined;
}

/** A wrong, mistyped or missing `kind`/`op`/`scheme`: name the union and list its values. */
function mapTagError(union: string, e: AjvError, input: unknown): Diagnostic {
  const at =
    e.instancePath.endsWith(`/${TAGGED[union]!.tag}`) && e.keyword === 'enum'
      ? e.instancePath.slice(0, -TAGGED[union]!.tag.length - 1)
      : e.instancePath;
  const info = TAGGED[union]!;
  const data = resolvePointer(input, at).value;
  const allowed = tagValues(union);
  const tagValue = isObject(data) ? data[info.tag] : undefined;
  if (e.keyword === 'enum' && typeof tagValue === 'string') {
    const guess = didYouMean(tagValue, allowed);
    return error(
      DiagnosticCode.unknownVariant,
      childPointer(at, info.tag),
      `unknown ${info.noun} '${tagValue}'`,
      {
        hint: `${guess ? `did you mean '${guess}'? ` : ''}expected one of: ${allowed.join(', ')}`,
        params: { tag: info.tag, value: tagValue, allowed },
      },
    );
  }
  if (e.keyword === 'enum') {
    return error(
      DiagnosticCode.wrongType,
      childPointer(at, info.tag),
      `'${info.tag}' must be a string, got ${describeValue(tagValue)}`,
      { hint: `expected one of: ${allowed.join(', ')}`, params: { tag: info.tag, allowed } },
    );
  }
  return error(DiagnosticCode.missingProperty, at, `missing required property '${info.tag}'`, {
    hint: `the ${info.noun} says what this is; one of: ${allowed.join(', ')}`,
    params: { property: info.tag, allowed },
  });
}

/** Untagged unions: which branch (by schema title, or `type:<t>` for an inline type) the data means. */
const UNTAGGED: Record<
  string,
  { branches: string[]; choose(data: unknown): string | undefined; expected: string }
> = {
  Operand: {
    branches: ['type:number', 'Ref'],
    choose: (d) => (typeof d === 'number' ? 'type:number' : isObject(d) ? 'Ref' : undefined),
    expected: 'a number or a feature reference { "ref": "<feature id>" }',
  },
  ExprOperand: {
    branches: ['type:number', 'Ref', 'ExprNode'],
    choose: (d) =>
      typeof d === 'number'
        ? 'type:number'
        : isObject(d)
          ? Object.hasOwn(d, 'op')
            ? 'ExprNode'
            : 'Ref'
          : undefined,
    expected: 'a number, a feature reference { "ref": "<feature id>" } or an expression { "op", "args" }',
  },
  AssetRef: {
    branches: ['AssetId', 'Asset'],
    choose: (d) => (typeof d === 'string' ? 'AssetId' : isObject(d) ? 'Asset' : undefined),
    expected: 'an asset id such as "us:SPY", or an asset object { "id", "symbol" }',
  },
  Universe: {
    branches: ['type:array', 'DynamicUniverse'],
    choose: (d) => (Array.isArray(d) ? 'type:array' : isObject(d) ? 'DynamicUniverse' : undefined),
    expected: 'a list of assets [{ "id", "symbol" }, …] or a dynamic universe { "index" }',
  },
};

function isObject(d: unknown): d is Record<string, unknown> {
  return d !== null && typeof d === 'object' && !Array.isArray(d);
}

function branchKey(parent: Record<string, unknown> | undefined): string {
  if (!parent) return '';
  if (typeof parent.title === 'string') return parent.title;
  if (typeof parent.type === 'string') return `type:${parent.type}`;
  return '';
}

/** JSON type words for messages. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** The subject of a message: `'period'`, or `item 2 of 'anchors'`. */
function subject(pointer: string): string {
  const tokens = parsePointer(pointer);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 'the spec';
  if (/^\d+$/.test(last)) {
    const parent = tokens[tokens.length - 2];
    return parent === undefined ? `item ${last}` : `item ${last} of '${parent}'`;
  }
  return `'${last}'`;
}

function propertyNames(parent: Record<string, unknown> | undefined): string[] {
  return parent && isObject(parent.properties) ? Object.keys(parent.properties) : [];
}

/** One ajv error → one diagnostic (or none, when it is noise another error explains). */
function mapOne(e: AjvError, input: unknown): Diagnostic | undefined {
  const union = taggedUnionOf(e);
  if (union) return mapTagError(union, e, input);
  // "must match the then schema": the branch's own errors say what is wrong
  if (e.keyword === 'if') return undefined;
  const at = e.instancePath;
  const p = e.params;
  const parent = e.parentSchema;
  const data = resolvePointer(input, at).value;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = propertyNames(parent);
      const guess = didYouMean(name, allowed);
      return error(DiagnosticCode.unknownProperty, childPointer(at, name), `unknown property '${name}'`, {
        hint: guess
          ? `did you mean '${guess}'?`
          : allowed.length
            ? `allowed here: ${allowed.join(', ')}`
            : undefined,
        params: { property: name, allowed },
      });
    }
    case 'required': {
      const name = String(p.missingProperty);
      return error(DiagnosticCode.missingProperty, at, `missing required property '${name}'`, {
        hint: name === 'kind' && at === '' ? 'add "kind": "tactical/v1"' : undefined,
        params: { property: name },
      });
    }
    case 'type': {
      const want = String(p.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      return error(
        DiagnosticCode.wrongType,
        at,
        `${subject(at)} must be ${want}, got ${describeValue(data)}`,
        {
          params: { expected: p.type },
        },
      );
    }
    case 'enum': {
      const allowed = (Array.isArray(e.schema) ? e.schema : ((p.allowedValues as unknown[]) ?? [])).map(
        String,
      );
      const guess = typeof data === 'string' ? didYouMean(data, allowed) : undefined;
      return error(
        DiagnosticCode.invalidValue,
        at,
        `${subject(at)} must be one of ${quoteList(allowed)}, got ${describeValue(data)}`,
        { hint: guess ? `did you mean '${guess}'?` : undefined, params: { allowed } },
      );
    }
    case 'const':
      return error(
        DiagnosticCode.invalidValue,
        at,
        `${subject(at)} must be ${JSON.stringify(p.allowedValue)}, got ${describeValue(data)}`,
        {
          params: { allowed: [p.allowedValue] },
        },
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
      const isPositiveCount = e.keyword === 'minimum' && p.limit === 1 && parent?.type === 'integer';
      const hint =
        (at.endsWith('/period') || at.endsWith('/lookback')) && typeof data === 'number' && data <= 0
          ? 'a lookback counts sessions and must be positive'
          : undefined;
      return error(
        DiagnosticCode.outOfRange,
        at,
        isPositiveCount
          ? `${subject(at)} must be a positive integer, got ${describeValue(data)}`
          : `${subject(at)} must be ${op} ${String(p.limit)}, got ${describeValue(data)}`,
        { hint, params: { comparison: op, limit: p.limit } },
      );
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties': {
      const unit = e.keyword.endsWith('Length')
        ? 'character'
        : e.keyword.endsWith('Items')
          ? 'item'
          : 'entry';
      const bound = e.keyword.startsWith('min') ? 'at least' : 'at most';
      const n = Number(p.limit);
      const code = e.keyword === 'maxItems' ? DiagnosticCode.tooLarge : DiagnosticCode.invalidLength;
      const what =
        n === 1 && bound === 'at least' && unit !== 'character'
          ? `must not be empty`
          : `must have ${bound} ${n} ${unit}${n === 1 ? '' : 's'}`;
      return error(code, at, `${subject(at)} ${what}`, { params: { limit: n } });
    }
    case 'pattern': {
      if (parent?.title === 'FeatureId' || String(p.pattern) === '^[A-Za-z_][A-Za-z0-9_]*$') {
        return error(DiagnosticCode.invalidFormat, at, `${describeValue(data)} is not a valid feature id`, {
          hint: 'start with a letter or underscore, then letters, digits or underscores (e.g. "spy_sma200")',
          params: { pattern: p.pattern },
        });
      }
      if (at.endsWith('/symbol')) {
        return error(
          DiagnosticCode.invalidFormat,
          at,
          `${describeValue(data)} is not a plain ticker symbol`,
          {
            hint: 'letters, digits and . _ - ^ = only, not starting with . or - (it names a file in --data; see docs/data.md)',
            params: { pattern: p.pattern },
          },
        );
      }
      return error(DiagnosticCode.invalidFormat, at, `${subject(at)} must match ${String(p.pattern)}`, {
        params: { pattern: p.pattern },
      });
    }
    case 'uniqueItems': {
      const [later, earlier] = [Math.max(Number(p.i), Number(p.j)), Math.min(Number(p.i), Number(p.j))];
      return error(
        DiagnosticCode.duplicateItem,
        childPointer(at, later),
        `${subject(at)} lists ${describeValue(resolvePointer(input, childPointer(at, later)).value)} twice (items ${earlier} and ${later})`,
        {
          params: { first: earlier, second: later },
        },
      );
    }
    case 'not':
      if (at.includes('/anchors/')) {
        return error(DiagnosticCode.invalidAnchor, at, 'anchor 0 names no session', {
          hint: 'anchors count from 1 (first session of the period) or from -1 (last session)',
        });
      }
      return error(DiagnosticCode.invalidValue, at, `${subject(at)} has a value that is not allowed here`);
    case 'dependentRequired': {
      const needed = String(p.missingProperty);
      const property = String(p.property);
      return error(DiagnosticCode.dependentProperty, at, `'${property}' needs '${needed}'`, {
        hint:
          needed === 'rank'
            ? `add "rank": { "ref": "<per-asset feature>" } to say what to rank by`
            : undefined,
        params: { property, missingProperty: needed },
      });
    }
    case 'propertyNames':
      return error(
        DiagnosticCode.invalidFormat,
        at,
        `invalid property name ${JSON.stringify(p.propertyName)}`,
        {
          params: { propertyName: p.propertyName },
        },
      );
    default:
      return error(DiagnosticCode.invalidValue, at, `${subject(at)} ${e.message ?? `fails '${e.keyword}'`}`, {
        params: { keyword: e.keyword },
      });
  }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Map raw ajv errors to diagnostics: resolve untagged unions by the data's type, drop the branches
 * the data did not choose, then translate each keyword.
 */
export function mapSchemaErrors(errors: readonly AjvError[], input: unknown): Diagnostic[] {
  const dropped = new Set<AjvError>();
  const replacements: Diagnostic[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    dropped.add(e); // the union's own summary error is never shown
    const union = UNTAGGED[branchKey(e.parentSchema)];
    if (!union) continue;
    const at = e.instancePath;
    const data = resolvePointer(input, at).value;
    const chosen = union.choose(data);
    if (chosen === undefined) {
      replacements.push(
        error(
          DiagnosticCode.wrongType,
          at,
          `${subject(at)} must be ${union.expected}, got ${describeValue(data)}`,
        ),
      );
    }
    for (const other of errors) {
      if (other === e || !isUnder(other.instancePath, at)) continue;
      if (chosen === undefined) {
        // no branch fits: the one replacement message says everything about this value
        if (other.instancePath === at) dropped.add(other);
        continue;
      }
      const key = branchKey(other.parentSchema);
      if (other.instancePath === at && key !== chosen && union.branches.includes(key)) dropped.add(other);
      // ref and expression shapes are both objects: drop the other one's findings inside the value
      if (chosen === 'ExprNode' && isUnder(other.instancePath, childPointer(at, 'ref'))) dropped.add(other);
      if (chosen === 'Ref' && union.branches.includes('ExprNode')) {
        if (
          isUnder(other.instancePath, childPointer(at, 'args')) ||
          isUnder(other.instancePath, childPointer(at, 'op'))
        ) {
          dropped.add(other);
        }
      }
    }
  }
  const out: Diagnostic[] = [...replacements];
  for (const e of errors) {
    if (dropped.has(e)) continue;
    const d = mapOne(e, input);
    if (d) out.push(d);
  }
  return out;
}
