/**
 * Writes everything derived from `schemas/tactical-v1.schema.json` into `src/generated/`:
 * the TypeScript types (json-schema-to-typescript) and the ajv standalone validator (ESM), so the
 * runtime never compiles the schema; and a verbatim copy as `packages/spec/schema.json`, the file the
 * package exports as `@tactical/spec/schema.json` (so a spec can point `"$schema"` into node_modules). `--check` regenerates in memory and exits 1 when the
 * checked-in files differ (CI runs it as `pnpm check:generated`).
 *
 *   tsx scripts/generate.ts          # write
 *   tsx scripts/generate.ts --check  # verify
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

// ajv is CommonJS: under plain Node ESM the default import is `module.exports`, whose `.default` is the function.
type StandaloneCode = typeof standaloneModule.default;
const standaloneCode: StandaloneCode =
  typeof standaloneModule === 'function' ? (standaloneModule as StandaloneCode) : standaloneModule.default;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const schemaPath = join(root, 'schemas', 'tactical-v1.schema.json');
const outDir = join(here, '..', 'src', 'generated');
const HEADER = '// generated — do not edit; run pnpm generate (source: schemas/tactical-v1.schema.json)\n';

/** The ajv options the standalone validator is compiled with (validate/schema.ts relies on them). */
const AJV_OPTIONS = {
  allErrors: true,
  verbose: true, // errors carry parentSchema, so the error mapper can tell union branches apart by title
  strict: true,
  code: { source: true, esm: true, lines: true },
} as const;

/**
 * A tagged union is written for editors as `{ properties: { <tag>: { enum } }, allOf: [{ if: <tag value>, then:
 * <branch> }, …] }` (see docs/spec-language.md, "Schema shape"); for the types it is the plain union of its
 * branches again, so `Feature` is `PriceFeature | SmaFeature | …` and narrowing on the tag works.
 */
function taggedUnionsAsOneOf(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = { ...(schema.$defs as Record<string, Record<string, unknown>>) };
  for (const [name, def] of Object.entries(defs)) {
    const allOf = def.allOf as { if?: unknown; then?: unknown }[] | undefined;
    if (!Array.isArray(allOf) || !allOf.every((part) => part.if !== undefined && part.then !== undefined))
      continue;
    const { allOf: _allOf, properties: _properties, required: _required, ...rest } = def;
    defs[name] = { ...rest, oneOf: allOf.map((part) => part.then) };
  }
  return { ...schema, $defs: defs };
}

/**
 * json-schema-to-typescript names every `$ref` that carries sibling keywords as a new alias
 * (`FeatureId1`, `FeatureId2`, …); the types only need the reference, so siblings are dropped here.
 */
function refsOnly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(refsOnly);
  if (schema === null || typeof schema !== 'object') return schema;
  const record = schema as Record<string, unknown>;
  if (typeof record.$ref === 'string') return { $ref: record.$ref };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = key === 'examples' || key === 'const' || key === 'enum' ? value : refsOnly(value);
  }
  return out;
}

async function render(): Promise<Map<string, string>> {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020(AJV_OPTIONS);
  const validate = ajv.compile(schema);
  // ajv's ESM standalone output still `require`s its runtime helpers (e.g. ucs2length): turn those
  // into imports so the module loads as plain ESM.
  const code = standaloneCode(ajv, validate).replace(
    /const (\w+) = require\("([^"]+)"\)\.default;/g,
    (_all: string, name: string, module: string) =>
      // Node gives module.exports (whose .default is the helper); bundlers honouring __esModule give the helper
      `import ${name}_module from "${module}.js";\nconst ${name} = ${name}_module.default ?? ${name}_module;`,
  );
  if (/\brequire\(/.test(code))
    throw new Error('standalone validator still needs require(); extend the rewrite above');
  const types = await compile(
    refsOnly(taggedUnionsAsOneOf(schema)) as Parameters<typeof compile>[0],
    'TacticalSpec',
    {
      bannerComment: '',
      additionalProperties: false,
      unreachableDefinitions: true,
      ignoreMinAndMaxItems: true,
      format: true,
      style: { singleQuote: true, printWidth: 110, semi: true, trailingComma: 'all' },
    },
  );
  return new Map([
    ['../../schema.json', readFileSync(schemaPath, 'utf8')],
    ['types.ts', `${HEADER}/* eslint-disable */\n\n${types}`],
    // .ts with @ts-nocheck (not .js) so tsc type-checks nothing in it yet still emits it into dist.
    [
      'schema.ts',
      `${HEADER}/** The schema as data, for the error mapper (allowed names, union tags). */\nexport const schema: Record<string, unknown> = ${JSON.stringify(schema, null, 2)};\n`,
    ],
    ['validator.ts', `${HEADER}// @ts-nocheck\n/* eslint-disable */\n${code}\n`],
  ]);
}

const files = await render();
if (process.argv.includes('--check')) {
  const stale: string[] = [];
  for (const [name, content] of files) {
    let current = '';
    try {
      current = readFileSync(join(outDir, name), 'utf8');
    } catch {
      current = '';
    }
    if (current !== content) stale.push(relative(root, join(outDir, name)));
  }
  if (stale.length > 0) {
    process.stderr.write(
      `generated files are stale: ${stale.join(', ')}\n` +
        'schemas/tactical-v1.schema.json changed without regenerating; run `pnpm generate` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`generated files are up to date (${[...files.keys()].join(', ')})\n`);
} else {
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
  process.stdout.write(`wrote ${[...files.keys()].map((n) => relative(root, join(outDir, n))).join(', ')}\n`);
}
