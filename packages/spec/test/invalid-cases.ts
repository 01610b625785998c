// biome-ignore-all lint/suspicious/noExplicitAny: the cases write invalid shapes on purpose
import { rich, seed } from './fixtures.js';

/** One invalid spec: how to break seed 003 (or the rich spec), or raw text. */
export interface InvalidCase {
  name: string;
  text?: string;
  spec?: () => unknown;
  /** Every diagnostic as [pointer, message] (plus 'line:column' for text cases), in report order. */
  errors: string[][];
}

const s = (mutate: (x: any) => void) => () => {
  const x = seed();
  mutate(x);
  return x;
};
const r = (mutate: (x: any) => void) => () => {
  const x = rich();
  mutate(x);
  return x;
};

export const CASES: InvalidCase[] = [
  // JSON syntax
  {
    name: 'a trailing comma is a syntax error located at the closing brace',
    text: '{\n  "kind": "tactical/v1",\n}',
    errors: [['', "invalid JSON: trailing comma before '}'", '3:1']],
  },
  {
    name: 'a trailing comma in a list is a syntax error',
    text: '{\n  "universe": [\n    "a",\n  ]\n}',
    errors: [['', "invalid JSON: trailing comma before ']'", '4:3']],
  },
  {
    name: 'comments are not JSON',
    text: '{\n  // my strategy\n  "kind": "tactical/v1"\n}',
    errors: [['', 'invalid JSON: comments are not allowed in JSON', '2:3']],
  },
  {
    name: 'single-quoted strings are not JSON',
    text: "{\n  'kind': 'tactical/v1'\n}",
    errors: [['', 'invalid JSON: strings must use double quotes', '2:3']],
  },
  {
    name: 'an unquoted property name is not JSON',
    text: '{\n  kind: "tactical/v1"\n}',
    errors: [['', 'invalid JSON: property name kind is not quoted', '2:3']],
  },
  {
    name: 'a missing comma between properties',
    text: '{\n  "kind": "tactical/v1"\n  "name": "x"\n}',
    errors: [['', 'invalid JSON: a comma is missing before this value', '3:3']],
  },
  {
    name: 'a file cut short',
    text: '{\n  "kind": "tactical/v1",\n  "rules": {',
    errors: [['', 'invalid JSON: unexpected end of file', '3:12']],
  },
  { name: 'an empty file', text: '', errors: [['', 'invalid JSON: the file is empty', '1:1']] },
  // document and version
  {
    name: 'the spec must be an object',
    spec: () => [1, 2],
    errors: [['', 'the spec must be an object, got a list']],
  },
  {
    name: 'kind is required',
    spec: s((x) => delete x.kind),
    errors: [['', "missing required property 'kind'"]],
  },
  {
    name: 'a newer version is named with the version this engine reads',
    spec: s((x) => (x.kind = 'tactical/v9')),
    errors: [['/kind', 'this file is tactical/v9; this engine reads tactical/v1']],
  },
  {
    name: 'an older version without a migration is rejected',
    spec: s((x) => (x.kind = 'tactical/v0')),
    errors: [['/kind', 'this file is tactical/v0; this engine reads tactical/v1']],
  },
  {
    name: 'a kind that is no tactical version',
    spec: s((x) => (x.kind = 'strategy')),
    errors: [['/kind', "unknown kind 'strategy'; this engine reads tactical/v1"]],
  },
  {
    name: 'unknown top-level property suggests the closest name',
    spec: s((x) => (x.featurs = [])),
    errors: [['/featurs', "unknown property 'featurs'"]],
  },
  {
    name: 'rules is required',
    spec: s((x) => delete x.rules),
    errors: [['', "missing required property 'rules'"]],
  },
  // universe
  {
    name: 'universe must be a list of assets or a dynamic index',
    spec: s((x) => (x.universe = 'SPY')),
    errors: [
      [
        '/universe',
        '\'universe\' must be a list of assets [{ "id", "symbol" }, …] or a dynamic universe { "index" }, got "SPY"',
      ],
    ],
  },
  {
    name: 'universe must not be empty',
    spec: s((x) => (x.universe = [])),
    errors: [['/universe', "'universe' must not be empty"]],
  },
  {
    name: 'an asset needs a symbol',
    spec: s((x) => delete x.universe[1].symbol),
    errors: [['/universe/1', "missing required property 'symbol'"]],
  },
  {
    name: 'a dynamic universe needs an index',
    spec: s((x) => (x.universe = { name: 'SP500' })),
    errors: [
      ['/universe', "missing required property 'index'"],
      ['/universe/name', "unknown property 'name'"],
    ],
  },
  {
    name: 'universe asset ids are unique',
    spec: s((x) => (x.universe[1].id = 'us:SPY')),
    errors: [
      ['/universe/1/id', "asset 'us:SPY' is already in the universe (at /universe/0)"],
      ['/rules/else/weights/us:IEF', "weight for 'us:IEF' is not in the universe"],
    ],
  },
  // rebalance
  {
    name: 'rebalance frequency is one of the five, with a did-you-mean',
    spec: s((x) => (x.rebalance.frequency = 'Montly')),
    errors: [
      [
        '/rebalance/frequency',
        "'frequency' must be one of 'Daily', 'Weekly', 'Monthly', 'Quarterly' or 'Yearly', got \"Montly\"",
      ],
    ],
  },
  {
    name: 'unknown rebalance property suggests the closest name',
    spec: s((x) => (x.rebalance.peroid = 'Monthly')),
    errors: [['/rebalance/peroid', "unknown property 'peroid'"]],
  },
  {
    name: 'anchor 0 names no session',
    spec: s((x) => (x.rebalance.anchors = [0])),
    errors: [['/rebalance/anchors/0', 'anchor 0 names no session']],
  },
  {
    name: 'anchors beyond the longest month never fire',
    spec: s((x) => (x.rebalance.anchors = [1, 24])),
    errors: [['/rebalance/anchors/1', 'anchor 24 can never fire: a month has at most 23 sessions']],
  },
  {
    name: 'anchors beyond the longest week never fire',
    spec: s((x) => (x.rebalance = { frequency: 'Weekly', anchors: [-6] })),
    errors: [['/rebalance/anchors/0', 'anchor -6 can never fire: a week has at most 5 sessions']],
  },
  {
    name: 'anchors are not allowed with Daily',
    spec: s((x) => (x.rebalance = { frequency: 'Daily', anchors: [1] })),
    errors: [['/rebalance/anchors', "anchors need a period, but the frequency is 'Daily'"]],
  },
  {
    name: 'anchors are not allowed with the default daily frequency',
    spec: s((x) => (x.rebalance = { anchors: [-1] })),
    errors: [['/rebalance/anchors', "anchors need a period, but the frequency is 'Daily' (the default)"]],
  },
  {
    name: 'anchors are unique',
    spec: s((x) => (x.rebalance.anchors = [-1, 2, -1])),
    errors: [['/rebalance/anchors/2', "'anchors' lists -1 twice (items 0 and 2)"]],
  },
  {
    name: 'anchors are integers',
    spec: s((x) => (x.rebalance.anchors = [1.5])),
    errors: [['/rebalance/anchors/0', "item 0 of 'anchors' must be an integer, got 1.5"]],
  },
  {
    name: 'drift is above 0',
    spec: s((x) => (x.rebalance.drift = 0)),
    errors: [['/rebalance/drift', "'drift' must be > 0, got 0"]],
  },
  // execution
  {
    name: 'execution fill is next_open or close',
    spec: s((x) => (x.execution = { fill: 'open' })),
    errors: [['/execution/fill', "'fill' must be one of 'next_open' or 'close', got \"open\""]],
  },
  {
    name: 'cashReserve is below 1',
    spec: s((x) => (x.execution = { cashReserve: 1 })),
    errors: [['/execution/cashReserve', "'cashReserve' must be < 1, got 1"]],
  },
  {
    name: 'slippageBps is not negative',
    spec: s((x) => (x.execution = { slippageBps: -1 })),
    errors: [['/execution/slippageBps', "'slippageBps' must be >= 0, got -1"]],
  },
  {
    name: 'execution returns is total or price',
    spec: s((x) => (x.execution = { returns: 'dividends' })),
    errors: [['/execution/returns', "'returns' must be one of 'total' or 'price', got \"dividends\""]],
  },
  {
    name: 'borrowFeeBps is not negative',
    spec: s((x) => (x.execution = { borrowFeeBps: -5 })),
    errors: [['/execution/borrowFeeBps', "'borrowFeeBps' must be >= 0, got -5"]],
  },
  {
    name: 'a cash-proxy asset must be in the universe',
    spec: s((x) => (x.execution = { cashInterest: { asset: 'us:BIL' } })),
    errors: [['/execution/cashInterest/asset', "cash proxy 'us:BIL' is not in the universe"]],
  },
  {
    name: 'cashInterest is a rate above -1 or a cash proxy',
    spec: s((x) => (x.execution = { cashInterest: '2%' })),
    errors: [
      ['/execution/cashInterest', '\'cashInterest\' must be a number, got "2%"'],
      ['/execution/cashInterest', '\'cashInterest\' must be an object, got "2%"'],
    ],
  },
  // features
  {
    name: 'unknown feature kind suggests the closest kind',
    spec: s((x) => (x.features[1].kind = 'smaa')),
    errors: [['/features/1/kind', "unknown feature kind 'smaa'"]],
  },
  {
    name: 'a feature without kind lists the kinds',
    spec: s((x) => delete x.features[1].kind),
    errors: [['/features/1', "missing required property 'kind'"]],
  },
  {
    name: 'unknown feature property suggests the closest name',
    spec: s((x) => {
      x.features[1].peroid = 50;
      delete x.features[1].period;
    }),
    errors: [
      ['/features/1', "missing required property 'period'"],
      ['/features/1/peroid', "unknown property 'peroid'"],
    ],
  },
  {
    name: 'sma needs a period',
    spec: s((x) => delete x.features[1].period),
    errors: [['/features/1', "missing required property 'period'"]],
  },
  {
    name: 'a lookback of zero is not positive',
    spec: s((x) => (x.features[1].period = 0)),
    errors: [['/features/1/period', "'period' must be a positive integer, got 0"]],
  },
  {
    name: 'a negative lookback is not positive',
    spec: s((x) => (x.features[1].period = -20)),
    errors: [['/features/1/period', "'period' must be a positive integer, got -20"]],
  },
  {
    name: 'a period must be an integer',
    spec: s((x) => (x.features[1].period = 50.5)),
    errors: [['/features/1/period', "'period' must be an integer, got 50.5"]],
  },
  {
    name: 'volatility needs at least 2 returns',
    spec: r((x) => (x.features[1].period = 1)),
    errors: [['/features/1/period', "'period' must be >= 2, got 1"]],
  },
  {
    name: 'feature ids start with a letter or underscore',
    spec: s((x) => {
      x.features[1].id = '50sma';
      x.rules.cond.right.ref = '50sma';
    }),
    errors: [
      ['/features/1/id', '"50sma" is not a valid feature id'],
      ['/rules/cond/right/ref', '"50sma" is not a valid feature id'],
    ],
  },
  {
    name: 'feature ids are unique',
    spec: s((x) => (x.features[1].id = 'spy_price')),
    errors: [
      ['/features/1/id', "feature id 'spy_price' is already declared at /features/0"],
      ['/rules/cond/right/ref', "unknown feature 'spy_sma50'"],
    ],
  },
  {
    name: 'price field is one of the bar fields',
    spec: s((x) => (x.features[0].field = 'adjclose')),
    errors: [
      [
        '/features/0/field',
        "'field' must be one of 'open', 'high', 'low', 'close', 'adj_close' or 'volume', got \"adjclose\"",
      ],
    ],
  },
  {
    name: 'a feature asset is an id or an asset object',
    spec: s((x) => (x.features[0].asset = 42)),
    errors: [
      [
        '/features/0/asset',
        '\'asset\' must be an asset id such as "us:SPY", or an asset object { "id", "symbol" }, got 42',
      ],
    ],
  },
  {
    name: 'a feature asset object needs a symbol',
    spec: s((x) => (x.features[0].asset = { id: 'us:SPY' })),
    errors: [['/features/0/asset', "missing required property 'symbol'"]],
  },
  {
    name: 'a feature asset must be in the universe',
    spec: s((x) => (x.features[0].asset = 'us:QQQ')),
    errors: [['/features/0/asset', "asset 'us:QQQ' is not in the universe"]],
  },
  {
    name: 'a feature asset object must be in the universe',
    spec: s((x) => (x.features[0].asset = { id: 'us:SPX', symbol: 'SPX' })),
    errors: [['/features/0/asset/id', "asset 'us:SPX' is not in the universe"]],
  },
  {
    name: "a feature asset object's symbol agrees with the universe",
    spec: s((x) => (x.features[0].asset = { id: 'us:SPY', symbol: 'SPX' })),
    errors: [['/features/0/asset/symbol', "asset 'us:SPY' has symbol 'SPY' in the universe, not 'SPX'"]],
  },
  {
    name: 'calendar feature measure is one of two',
    spec: r((x) => (x.features[4].measure = 'session')),
    errors: [
      [
        '/features/4/measure',
        "'measure' must be one of 'session_of_period' or 'sessions_to_period_end', got \"session\"",
      ],
    ],
  },
  {
    name: 'expr op is one of the operators',
    spec: r((x) => (x.features[2].op = 'divide')),
    errors: [
      [
        '/features/2/op',
        "'op' must be one of 'add', 'sub', 'mul', 'div', 'neg', 'abs', 'min', 'max' or 'log', got \"divide\"",
      ],
    ],
  },
  {
    name: 'div takes exactly 2 arguments',
    spec: r((x) => x.features[2].args.push(1)),
    errors: [['/features/2/args', "'div' takes exactly 2 arguments, got 3"]],
  },
  {
    name: 'neg takes exactly 1 argument',
    spec: r((x) => (x.features[2].args[1] = { op: 'neg', args: [1, 2] })),
    errors: [['/features/2/args/1/args', "'neg' takes exactly 1 argument, got 2"]],
  },
  {
    name: 'an expression operand is a number, ref or expression',
    spec: r((x) => (x.features[2].args[0] = 'mom')),
    errors: [
      [
        '/features/2/args/0',
        'item 0 of \'args\' must be a number, a feature reference { "ref": "<feature id>" } or an expression { "op", "args" }, got "mom"',
      ],
    ],
  },
  {
    name: 'inline expressions reject unknown properties',
    spec: r((x) => (x.features[2].args[1].argz = [])),
    errors: [['/features/2/args/1/argz', "unknown property 'argz'"]],
  },
  {
    name: 'expr features may not form a cycle',
    spec: r((x) => {
      x.features.push(
        { id: 'a', kind: 'expr', op: 'neg', args: [{ ref: 'b' }] },
        { id: 'b', kind: 'expr', op: 'abs', args: [{ ref: 'a' }] },
      );
    }),
    errors: [['/features/5', 'expression features form a cycle: a -> b -> a']],
  },
  {
    name: 'an expression refers to declared features',
    spec: r((x) => (x.features[2].args[0].ref = 'momm')),
    errors: [['/features/2/args/0/ref', "unknown feature 'momm'"]],
  },
  // rules
  {
    name: 'unknown rule node op suggests the closest op',
    spec: s((x) => (x.rules.then.op = 'alocate')),
    errors: [['/rules/then/op', "unknown rule node op 'alocate'"]],
  },
  {
    name: 'if needs an else',
    spec: s((x) => delete x.rules.else),
    errors: [['/rules', "missing required property 'else'"]],
  },
  {
    name: 'allocate weights are numbers',
    spec: s((x) => (x.rules.then.weights['us:SPY'] = '100%')),
    errors: [['/rules/then/weights/us:SPY', '\'us:SPY\' must be a number, got "100%"']],
  },
  {
    name: 'allocate weights name universe assets',
    spec: s((x) => (x.rules.then.weights = { 'us:SPX': 1 })),
    errors: [['/rules/then/weights/us:SPX', "weight for 'us:SPX' is not in the universe"]],
  },
  {
    name: 'sum of |weights| above the default maxGrossExposure of 1',
    spec: s((x) => (x.rules.then.weights = { 'us:SPY': 0.8, 'us:IEF': -0.4 })),
    errors: [['/rules/then/weights', 'weights add up to 1.2 in absolute value, above maxGrossExposure 1']],
  },
  {
    name: 'sum of |weights| above an explicit maxGrossExposure',
    spec: s((x) => {
      x.execution = { maxGrossExposure: 1.5, cashReserve: 0.5 };
      x.rules.then.weights = { 'us:SPY': 1, 'us:IEF': 1 };
    }),
    errors: [['/rules/then/weights', 'weights add up to 2 in absolute value, above maxGrossExposure 1.5']],
  },
  {
    name: 'a group whose legs together exceed maxGrossExposure',
    spec: r((x) => (x.rules.else.children[1].weight = 0.75)),
    errors: [['/rules/else', 'weights add up to 1.25 in absolute value, above maxGrossExposure 1']],
  },
  {
    name: 'select count and fraction are not both given',
    spec: r((x) => (x.rules.else.children[0].node.fraction = 0.5)),
    errors: [['/rules/else/children/0/node/fraction', "give 'count' or 'fraction', not both"]],
  },
  {
    name: 'select count needs a rank',
    spec: r((x) => delete x.rules.else.children[0].node.rank),
    errors: [['/rules/else/children/0/node', "'count' needs 'rank'"]],
  },
  {
    name: 'select candidates name universe assets',
    spec: r((x) => (x.rules.else.children[0].node.from[2] = 'us:GDL')),
    errors: [['/rules/else/children/0/node/from/2', "candidate 'us:GDL' is not in the universe"]],
  },
  {
    name: 'select candidates are unique',
    spec: r((x) => (x.rules.else.children[0].node.from[2] = 'us:SPY')),
    errors: [['/rules/else/children/0/node/from/2', '\'from\' lists "us:SPY" twice (items 0 and 2)']],
  },
  {
    name: 'rank needs a per-asset feature, not a scalar',
    spec: r((x) => (x.rules.else.children[0].node.rank.ref = 'spy_dd')),
    errors: [
      [
        '/rules/else/children/0/node/rank/ref',
        "feature 'spy_dd' is scalar (one number per session), but ranking needs a value per asset",
      ],
    ],
  },
  {
    name: 'proportional weighting needs a per-asset feature',
    spec: r((x) => (x.rules.else.children[1].node.weighting.by.ref = 'month_day')),
    errors: [
      [
        '/rules/else/children/1/node/weighting/by/ref',
        "feature 'month_day' is scalar (one number per session), but proportional weighting needs a value per asset",
      ],
    ],
  },
  {
    name: 'an if condition needs scalar features, not per-asset ones',
    spec: r((x) => (x.rules.cond.args[0].left.ref = 'mom')),
    errors: [
      [
        '/rules/cond/args/0/left/ref',
        "feature 'mom' is per-asset, but an 'if' condition needs one number per session",
      ],
    ],
  },
  {
    name: 'select order is desc or asc',
    spec: r((x) => (x.rules.else.children[0].node.order = 'descending')),
    errors: [
      ['/rules/else/children/0/node/order', "'order' must be one of 'desc' or 'asc', got \"descending\""],
    ],
  },
  {
    name: 'unknown weighting scheme suggests the closest',
    spec: r((x) => (x.rules.else.children[0].node.weighting.scheme = 'inverse_vol')),
    errors: [['/rules/else/children/0/node/weighting/scheme', "unknown weighting scheme 'inverse_vol'"]],
  },
  {
    name: 'inverse_volatility needs a lookback of at least 2',
    spec: r((x) => (x.rules.else.children[0].node.weighting.lookback = 1)),
    errors: [['/rules/else/children/0/node/weighting/lookback', "'lookback' must be >= 2, got 1"]],
  },
  {
    name: 'specified weights match the assets of a weight node',
    spec: r((x) => x.rules.then.weighting.weights.push(0.1)),
    errors: [['/rules/then/weighting/weights', '3 specified weights for 2 assets']],
  },
  {
    name: 'weight node assets name universe assets',
    spec: r((x) => (x.rules.then.assets[1] = 'us:TLTT')),
    errors: [['/rules/then/assets/1', "asset 'us:TLTT' is not in the universe"]],
  },
  {
    name: 'node ids are unique',
    spec: r((x) => (x.rules.else.children[0].node.id = 'crash')),
    errors: [['/rules/else/children/0/node/id', "id 'crash' is already used at /rules"]],
  },
  // conditions
  {
    name: 'unknown condition op suggests the closest op',
    spec: s((x) => (x.rules.cond.op = 'gtt')),
    errors: [['/rules/cond/op', "unknown condition op 'gtt'"]],
  },
  {
    name: 'a comparison operand is a number or a ref',
    spec: s((x) => (x.rules.cond.left = 'spy_price')),
    errors: [
      [
        '/rules/cond/left',
        '\'left\' must be a number or a feature reference { "ref": "<feature id>" }, got "spy_price"',
      ],
    ],
  },
  {
    name: 'a ref object has only ref',
    spec: s((x) => (x.rules.cond.left = { reff: 'spy_price' })),
    errors: [
      ['/rules/cond/left', "missing required property 'ref'"],
      ['/rules/cond/left/reff', "unknown property 'reff'"],
    ],
  },
  {
    name: 'a comparison refers to declared features',
    spec: s((x) => (x.rules.cond.right.ref = 'spy_sma20')),
    errors: [['/rules/cond/right/ref', "unknown feature 'spy_sma20'"]],
  },
  {
    name: 'tolerance mode is absolute or relative',
    spec: s((x) => (x.rules.cond.tolerance = { value: 2, mode: 'percent' })),
    errors: [
      ['/rules/cond/tolerance/mode', "'mode' must be one of 'absolute' or 'relative', got \"percent\""],
    ],
  },
  {
    name: 'tolerance needs a value',
    spec: s((x) => (x.rules.cond.tolerance = { mode: 'relative' })),
    errors: [['/rules/cond/tolerance', "missing required property 'value'"]],
  },
  {
    name: 'tolerance value is not negative',
    spec: s((x) => (x.rules.cond.tolerance = { value: -2, mode: 'relative' })),
    errors: [['/rules/cond/tolerance/value', "'value' must be >= 0, got -2"]],
  },
  {
    name: 'and needs at least one condition',
    spec: r((x) => (x.rules.cond.args = [])),
    errors: [['/rules/cond/args', "'args' must not be empty"]],
  },
  {
    name: 'not takes one condition in arg',
    spec: r((x) => {
      x.rules.cond.args[1].args = [x.rules.cond.args[1].arg];
      delete x.rules.cond.args[1].arg;
    }),
    errors: [
      ['/rules/cond/args/1', "missing required property 'arg'"],
      ['/rules/cond/args/1/args', "unknown property 'args'"],
    ],
  },
];
