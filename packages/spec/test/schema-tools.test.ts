/**
 * The schema as other tools read it: Ajv 2020 with its default (strict) options compiles it without a
 * warning and accepts every example spec; each tagged union's tag `enum` lists exactly the values its
 * `if`/`then` branches select (the shape editors need, see docs/spec-language.md "Schema shape").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const schema = JSON.parse(readFileSync(join(root, 'schemas/tactical-v1.schema.json'), 'utf8'));
const examples = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /(^|\/)spec[^/]*\.json$/.test(f))
  .sort();

describe('the schema in Ajv 2020, default strict options', () => {
  const warnings: string[] = [];
  const collect = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const ajv = new Ajv2020({ logger: { log: collect, warn: collect, error: collect } });
  const validate = ajv.compile(schema);

  it('compiles without a strict-mode warning', () => {
    expect(warnings).toEqual([]);
  });

  it.each(examples)('accepts examples/%s', (file) => {
    const ok = validate(JSON.parse(readFileSync(join(root, 'examples', file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a mistyped feature kind at the kind', () => {
    const spec = JSON.parse(readFileSync(join(root, 'examples/spy-ief-trend/spec.json'), 'utf8'));
    spec.features[0].kind = 'smaa';
    expect(validate(spec)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([['/features/0/kind', 'enum']]);
  });
});

describe('tagged unions: the tag enum and the if/then branches agree', () => {
  type Tag = { const?: string; enum?: string[] };
  type Def = {
    required: string[];
    properties: Record<string, Tag>;
    allOf?: { if?: { properties: Record<string, Tag>; required: string[] }; then: { $ref: string } }[];
  };
  const defs = schema.$defs as Record<string, Def>;
  const valuesOf = (t: Tag | undefined) => (t?.const !== undefined ? [t.const] : (t?.enum ?? []));
  const unions = Object.entries(defs).filter(([, def]) => Array.isArray(def.allOf) && def.allOf[0]?.if);
  it('finds the four tagged unions', () => {
    expect(unions.map(([name]) => name).sort()).toEqual(['Condition', 'Feature', 'Node', 'Weighting']);
  });
  it.each(unions)('%s', (_name, def) => {
    const [tag] = def.required as string[];
    const listed = valuesOf(def.properties[tag!]);
    const selected: string[] = [];
    for (const part of def.allOf ?? []) {
      const values = valuesOf(part.if?.properties[tag!]);
      const branch = defs[part.then.$ref.split('/').pop()!]!;
      expect(valuesOf(branch.properties[tag!]), `${part.then.$ref} ${tag}`).toEqual(values);
      expect(part.if?.required).toEqual([tag]);
      selected.push(...values);
    }
    expect([...selected].sort()).toEqual([...listed].sort());
    expect(new Set(selected).size).toBe(selected.length);
  });
});
