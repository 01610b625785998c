/**
 * The schema as an editor sees it: VS Code's own JSON language service (completions, hovers,
 * diagnostics) driven over real documents, with the schema configured the way `json.schemas` or a
 * `"$schema"` line configures it. The tagged unions (`kind`/`op`/`scheme`) are `if`/`then` on the tag,
 * so a mistyped tag lists the valid values and the properties of the chosen branch are offered.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type CompletionList,
  getLanguageService,
  type JSONSchema,
  TextDocument,
} from 'vscode-json-languageservice';

const schemaFile = fileURLToPath(new URL('../../../schemas/tactical-v1.schema.json', import.meta.url));
const schemaUri = pathToFileURL(schemaFile).href;
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as JSONSchema & {
  $defs: Record<string, { properties?: Record<string, { enum?: string[]; description?: string }> }>;
};

const service = getLanguageService({
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  schemaRequestService: async (uri) => {
    if (uri !== schemaUri) throw new Error(`unexpected schema request ${uri}`);
    return readFileSync(schemaFile, 'utf8');
  },
});
service.configure({ validate: true, schemas: [{ uri: schemaUri, fileMatch: ['*.tactical.json'] }] });

let counter = 0;
/** A document with `|` marking the cursor. */
function open(textWithCursor: string, uri = `file:///work/s${counter++}.tactical.json`) {
  const offset = textWithCursor.indexOf('|');
  const text =
    offset < 0 ? textWithCursor : textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const document = TextDocument.create(uri, 'json', 1, text);
  return {
    document,
    json: service.parseJSONDocument(document),
    position: document.positionAt(Math.max(0, offset)),
  };
}

async function complete(textWithCursor: string): Promise<CompletionList> {
  const { document, json, position } = open(textWithCursor);
  return (await service.doComplete(document, position, json)) ?? { isIncomplete: false, items: [] };
}

function labels(list: CompletionList): string[] {
  return list.items.map((item) => item.label.replace(/^"|"$/g, ''));
}

function documentationOf(list: CompletionList, label: string): string {
  const item = list.items.find((i) => i.label.replace(/^"|"$/g, '') === label);
  const doc = item?.documentation;
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

async function hover(textWithCursor: string): Promise<string> {
  const { document, json, position } = open(textWithCursor);
  const result = await service.doHover(document, position, json);
  const contents = result?.contents;
  if (!contents) return '';
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n');
}

async function diagnostics(text: string, uri?: string): Promise<string[]> {
  const { document, json } = open(text, uri);
  return (await service.doValidation(document, json)).map((d) =>
    typeof d.message === 'string' ? d.message : d.message.value,
  );
}

type Property = { description?: string; $ref?: string };
/**
 * The documentation an editor shows for a property: its own description, or (VS Code merges a `$ref`'s
 * target over its siblings) the referenced definition's description.
 */
function shownDescriptions(property: Property): string[] {
  const target = property.$ref ? (schema.$defs[property.$ref.split('/').pop()!] as Property) : undefined;
  return [property.description, target?.description].filter((d): d is string => Boolean(d));
}
const topLevel = (schema as { properties: Record<string, Property> }).properties;

const tagValues = (union: string, tag: string) => schema.$defs[union]?.properties?.[tag]?.enum ?? [];
const spec = (rules: string, features = '[]') =>
  `{ "kind": "tactical/v1", "universe": [{ "id": "us:SPY", "symbol": "SPY" }], "features": ${features}, "rules": ${rules} }`;

describe('the schema in the VS Code JSON language service', () => {
  it('completes the top-level properties, each with its description', async () => {
    const list = await complete('{ | }');
    expect(labels(list)).toEqual(
      expect.arrayContaining(['kind', 'universe', 'features', 'rules', 'rebalance', 'execution']),
    );
    for (const name of ['kind', 'universe', 'features', 'rules', 'rebalance', 'execution']) {
      expect(shownDescriptions(topLevel[name]!)).toContain(documentationOf(list, name));
    }
    expect(documentationOf(list, 'features')).toContain('Named series computed from bars');
  });

  it('completes the value of a feature kind with every kind', async () => {
    const list = await complete(spec('{ "op": "cash" }', '[{ "id": "a", "kind": | }]'));
    expect(labels(list).sort()).toEqual([...tagValues('Feature', 'kind')].sort());
  });

  it('completes the properties of the chosen feature kind, with descriptions', async () => {
    const list = await complete(spec('{ "op": "cash" }', '[{ "id": "a", "kind": "sma", | }]'));
    expect(labels(list)).toEqual(expect.arrayContaining(['asset', 'field', 'period', 'delay']));
    expect(labels(list)).not.toContain('measure'); // a calendar feature's property
    expect(documentationOf(list, 'period')).toContain('Window length in sessions');
  });

  const nodeOps = tagValues('Node', 'op');
  it.each(nodeOps)(
    'inside a %s node, completes that node kind’s own properties with descriptions',
    async (op) => {
      // the branch the schema's own if/then selects for this op
      const union = schema.$defs.Node as unknown as {
        allOf: { if: { properties: { op: { const?: string; enum?: string[] } } }; then: { $ref: string } }[];
      };
      const part = union.allOf.find(({ if: when }) =>
        when.properties.op.const !== undefined
          ? when.properties.op.const === op
          : when.properties.op.enum?.includes(op),
      );
      expect(part, `an if/then branch for node op ${op}`).toBeDefined();
      const branch = [op, schema.$defs[part!.then.$ref.split('/').pop()!]!] as const;
      const own = Object.entries(branch[1].properties ?? {}).filter(([name]) => name !== 'op');
      const list = await complete(spec(`{ "op": "${op}", | }`));
      for (const [name, property] of own) {
        expect(labels(list)).toContain(name);
        expect(shownDescriptions(property)).toContain(documentationOf(list, name));
      }
    },
  );

  it('hovers a property with its description', async () => {
    expect(await hover(spec('{ "op": "cash" }', '[{ "id": "a", "kind": "sma", "per|iod": 5 }]'))).toContain(
      'Window length in sessions',
    );
    expect(await hover(`{ "reb|alance": {} }`)).toContain('When the rule tree is evaluated');
  });

  it('a valid example has no diagnostics', async () => {
    // found through its own "$schema": "../../schemas/tactical-v1.schema.json" line
    const example = new URL('../../../examples/spy-ief-trend/spec.json', import.meta.url);
    expect(readFileSync(example, 'utf8')).toContain('"$schema"');
    expect(await diagnostics(readFileSync(example, 'utf8'), example.href)).toEqual([]);
    const incomplete = '{ "$schema": "../../schemas/tactical-v1.schema.json", "kind": "tactical/v1" }';
    expect((await diagnostics(incomplete, example.href)).sort()).toEqual(
      ['features', 'rules', 'universe'].map((name) => `Missing property "${name}".`),
    );
  });

  it('a mistyped feature kind lists every valid kind', async () => {
    const messages = await diagnostics(
      spec('{ "op": "cash" }', '[{ "id": "a", "kind": "smaa", "period": 5 }]'),
    );
    expect(messages).toHaveLength(1);
    for (const kind of tagValues('Feature', 'kind')) expect(messages[0]).toContain(`"${kind}"`);
  });

  it('a mistyped node op lists every valid op', async () => {
    const messages = await diagnostics(spec('{ "op": "allocat", "weights": { "us:SPY": 1 } }'));
    expect(messages).toHaveLength(1);
    for (const op of nodeOps) expect(messages[0]).toContain(`"${op}"`);
  });

  it('a mistyped weighting scheme lists every valid scheme', async () => {
    const messages = await diagnostics(
      spec('{ "op": "weight", "assets": ["us:SPY"], "weighting": { "scheme": "equl" } }'),
    );
    expect(messages).toHaveLength(1);
    for (const scheme of tagValues('Weighting', 'scheme')) expect(messages[0]).toContain(`"${scheme}"`);
  });

  it('an unknown property of the chosen kind is reported, and a missing required one', async () => {
    const unknown = await diagnostics(
      spec('{ "op": "cash" }', '[{ "id": "a", "kind": "sma", "period": 5, "perod": 5 }]'),
    );
    expect(unknown).toEqual([expect.stringContaining('perod')]);
    const missing = await diagnostics(spec('{ "op": "cash" }', '[{ "id": "a", "kind": "sma" }]'));
    expect(missing).toEqual([expect.stringContaining('period')]);
  });
});
