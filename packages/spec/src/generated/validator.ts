// generated — do not edit; run pnpm generate (source: schemas/tactical-v1.schema.json)
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://tactical.dev/schemas/tactical-v1.schema.json","title":"TacticalSpec","description":"A tactical v1 strategy: a universe, features computed from bars, and a rule tree deciding target weights on each rebalance session. See docs/spec-language.md.","type":"object","properties":{"$schema":{"description":"Path or URL of this JSON Schema, for editor support; ignored by the engine.","type":"string","examples":["../../schemas/tactical-v1.schema.json"]},"kind":{"description":"Language version tag. This schema reads 'tactical/v1'; migrate() upgrades older versions.","const":"tactical/v1","examples":["tactical/v1"]},"name":{"description":"Short name of the strategy.","type":"string","maxLength":200,"examples":["spy-ief-trend"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":10000,"examples":["Hold SPY above its 50-session SMA, IEF below."]},"calendar":{"description":"Exchange calendar code whose sessions drive the strategy; default 'XNYS' (also 'NYSE', 'XLON', 'LSE').","type":"string","minLength":1,"maxLength":16,"examples":["XNYS","XLON"]},"universe":{"description":"The tradable assets: a fixed list, or a dynamic index resolved point in time by the data feed.","$ref":"#/$defs/Universe","examples":[[{"id":"us:SPY","symbol":"SPY"},{"id":"us:IEF","symbol":"IEF"}],{"index":"SP500"}]},"rebalance":{"description":"When the rule tree is evaluated; default { frequency: 'Daily' }.","$ref":"#/$defs/Rebalance","examples":[{"frequency":"Monthly"}]},"execution":{"description":"How targets become orders and fills; every field has a default.","$ref":"#/$defs/Execution","examples":[{"fill":"next_open","slippageBps":5}]},"features":{"description":"Named series computed from bars, calendars and events (at most 1,000; may be empty).","type":"array","items":{"$ref":"#/$defs/Feature"},"maxItems":1000,"examples":[[{"id":"spy_sma50","kind":"sma","asset":"us:SPY","period":50}]]},"rules":{"description":"The rule tree: evaluated on each rebalance session, it yields target weights per asset.","$ref":"#/$defs/Node","examples":[{"op":"allocate","weights":{"us:SPY":1}}]}},"required":["kind","universe","features","rules"],"additionalProperties":false,"examples":[{"kind":"tactical/v1","universe":[{"id":"us:SPY","symbol":"SPY"}],"features":[],"rules":{"op":"allocate","weights":{"us:SPY":1}}}],"$defs":{"AssetId":{"title":"AssetId","description":"An asset id, e.g. 'us:SPY' (market prefix and symbol).","type":"string","minLength":1,"maxLength":64,"examples":["us:SPY"]},"Asset":{"title":"Asset","description":"A tradable instrument.","type":"object","properties":{"id":{"description":"Unique id of the asset, used as the key in weights and asset lists.","$ref":"#/$defs/AssetId","examples":["us:SPY"]},"symbol":{"description":"Ticker the data feed knows the asset by (it names the data file): letters, digits and . _ - ^ =, not starting with . or - (docs/data.md).","type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$","examples":["SPY"]},"exchange":{"description":"Listing exchange code, when it matters to the data feed.","type":"string","minLength":1,"maxLength":16,"examples":["ARCX"]}},"required":["id","symbol"],"additionalProperties":false,"examples":[{"id":"us:SPY","symbol":"SPY"}]},"AssetRef":{"title":"AssetRef","description":"An asset named by its bare id, or seed 003's { id, symbol } object (its id must match a universe asset, and its symbol that asset's symbol).","anyOf":[{"$ref":"#/$defs/AssetId"},{"$ref":"#/$defs/Asset"}],"examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"DynamicUniverse":{"title":"DynamicUniverse","description":"A universe the data feed resolves point in time (an asset is a member only between entry and exit).","type":"object","properties":{"index":{"description":"Index whose point-in-time members form the universe.","type":"string","minLength":1,"maxLength":64,"examples":["SP500"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["S&P 500 members, point in time"]}},"required":["index"],"additionalProperties":false,"examples":[{"index":"SP500"}]},"Universe":{"title":"Universe","description":"A fixed list of 1 to 10,000 assets, or a dynamic index.","anyOf":[{"type":"array","items":{"$ref":"#/$defs/Asset"},"minItems":1,"maxItems":10000},{"$ref":"#/$defs/DynamicUniverse"}],"examples":[[{"id":"us:SPY","symbol":"SPY"}],{"index":"SP500"}]},"RebalanceFrequency":{"title":"RebalanceFrequency","description":"How often the rule tree runs.","enum":["Daily","Weekly","Monthly","Quarterly","Yearly"],"examples":["Monthly"]},"Rebalance":{"title":"Rebalance","description":"When the rule tree is evaluated and orders are generated.","type":"object","properties":{"frequency":{"description":"Rebalance period; default 'Daily'.","$ref":"#/$defs/RebalanceFrequency","examples":["Weekly","Monthly"]},"anchors":{"description":"N-th session of each period: 1 = first, 2 = second, -1 = last, -7 = seventh from last. Omitted: non-daily frequencies rebalance on the last session (-1). Not allowed with Daily; |n| must not exceed the longest period (week 5, month 23, quarter 66, year 253).","type":"array","items":{"type":"integer","minimum":-253,"maximum":253,"not":{"const":0}},"minItems":1,"maxItems":253,"uniqueItems":true,"examples":[[-1],[16,-1]]},"drift":{"description":"Also rebalance on any session where some holding's weight differs from its last target by more than this absolute weight.","type":"number","exclusiveMinimum":0,"maximum":1,"examples":[0.05]}},"additionalProperties":false,"examples":[{"frequency":"Monthly","anchors":[-1]}]},"Commission":{"title":"Commission","description":"Per-order commission: max(minimum, notional*bps/1e4 + |shares|*perShare).","type":"object","properties":{"bps":{"description":"Basis points of the order notional; default 0.","type":"number","minimum":0,"examples":[1]},"perShare":{"description":"Charge per share traded; default 0.","type":"number","minimum":0,"examples":[0.005]},"minimum":{"description":"Minimum charge per order; default 0.","type":"number","minimum":0,"examples":[1]}},"additionalProperties":false,"examples":[{"perShare":0.005,"minimum":1}]},"Execution":{"title":"Execution","description":"How targets become orders and fills.","type":"object","properties":{"fill":{"description":"'next_open' (default): decide at session t's close, fill at t+1's open; 'close': fill at t's close.","enum":["next_open","close"],"examples":["next_open"]},"slippageBps":{"description":"Slippage in basis points; buys pay price*(1+bps/1e4), sells get price*(1-bps/1e4). Default 0.","type":"number","minimum":0,"examples":[5]},"commission":{"description":"Commission charged per order; default none.","$ref":"#/$defs/Commission","examples":[{"bps":1}]},"shares":{"description":"'fractional' (default) or 'whole' (rounds toward zero).","enum":["fractional","whole"],"examples":["whole"]},"cashReserve":{"description":"Fraction of equity kept in cash: targets are scaled by (1 - cashReserve). Default 0.","type":"number","minimum":0,"exclusiveMaximum":1,"examples":[0.05]},"maxGrossExposure":{"description":"Largest allowed sum of |weight|; default 1. A static allocation above it is an error.","type":"number","exclusiveMinimum":0,"examples":[1,1.5]},"minTradeWeight":{"description":"Orders smaller than this fraction of equity are skipped; default 0.001.","type":"number","minimum":0,"exclusiveMaximum":1,"examples":[0.001]},"returns":{"description":"'total' (default): holders are credited each cash dividend on its ex-date (shorts are debited), so results include dividends; 'price': dividends are ignored (price return only). The benchmark uses the same basis.","enum":["total","price"],"examples":["price"]},"borrowFeeBps":{"description":"Annual fee on short positions in basis points of their market value at the previous close, accrued per calendar day (days/365.25) and paid from cash each session. Default 0.","type":"number","minimum":0,"examples":[50]},"cashInterest":{"description":"What cash earns (negative cash pays the same): an effective annual rate (0.02 = 2% a year, compounded over the calendar days between sessions), or { asset } to earn that asset's total return (a cash proxy such as BIL). Default: cash earns nothing.","anyOf":[{"type":"number","exclusiveMinimum":-1,"maximum":1},{"$ref":"#/$defs/CashProxy"}],"examples":[0.02,{"asset":"us:BIL"}]}},"additionalProperties":false,"examples":[{"fill":"close","minTradeWeight":0}]},"CashProxy":{"title":"CashProxy","description":"An asset of the universe whose total return (close plus dividends) cash earns each session.","type":"object","properties":{"asset":{"description":"Id of the cash-proxy asset: an asset of a fixed universe (it need not be traded); with a dynamic universe, a ticker of the data (read from the feed like a benchmark).","$ref":"#/$defs/AssetId","examples":["us:BIL"]}},"required":["asset"],"additionalProperties":false,"examples":[{"asset":"us:BIL"}]},"PriceField":{"title":"PriceField","description":"A bar field.","enum":["open","high","low","close","adj_close","volume"],"examples":["close"]},"FeatureId":{"title":"FeatureId","description":"A feature id: a letter or underscore, then letters, digits, underscores.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"examples":["spy_sma200"]},"CalendarPeriod":{"title":"CalendarPeriod","description":"A calendar period.","enum":["Weekly","Monthly","Quarterly","Yearly"],"examples":["Monthly"]},"Feature":{"title":"Feature","description":"A named series; 'kind' selects its shape.","type":"object","properties":{"kind":{"description":"What this feature computes; its other properties depend on it.","enum":["price","sma","ema","rsi","return","volatility","drawdown","field","calendar","event","expr"]}},"required":["kind"],"allOf":[{"if":{"properties":{"kind":{"const":"price"}},"required":["kind"]},"then":{"$ref":"#/$defs/PriceFeature"}},{"if":{"properties":{"kind":{"const":"sma"}},"required":["kind"]},"then":{"$ref":"#/$defs/SmaFeature"}},{"if":{"properties":{"kind":{"const":"ema"}},"required":["kind"]},"then":{"$ref":"#/$defs/EmaFeature"}},{"if":{"properties":{"kind":{"const":"rsi"}},"required":["kind"]},"then":{"$ref":"#/$defs/RsiFeature"}},{"if":{"properties":{"kind":{"const":"return"}},"required":["kind"]},"then":{"$ref":"#/$defs/ReturnFeature"}},{"if":{"properties":{"kind":{"const":"volatility"}},"required":["kind"]},"then":{"$ref":"#/$defs/VolatilityFeature"}},{"if":{"properties":{"kind":{"const":"drawdown"}},"required":["kind"]},"then":{"$ref":"#/$defs/DrawdownFeature"}},{"if":{"properties":{"kind":{"const":"field"}},"required":["kind"]},"then":{"$ref":"#/$defs/FieldFeature"}},{"if":{"properties":{"kind":{"const":"calendar"}},"required":["kind"]},"then":{"$ref":"#/$defs/CalendarFeature"}},{"if":{"properties":{"kind":{"const":"event"}},"required":["kind"]},"then":{"$ref":"#/$defs/EventFeature"}},{"if":{"properties":{"kind":{"const":"expr"}},"required":["kind"]},"then":{"$ref":"#/$defs/ExprFeature"}}],"examples":[{"id":"spy_price","kind":"price","asset":"us:SPY"}]},"PriceFeature":{"title":"PriceFeature","description":"The bar field itself.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'price'.","const":"price","examples":["price"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind"],"additionalProperties":false,"examples":[{"id":"spy_price","kind":"price","asset":"us:SPY"}]},"SmaFeature":{"title":"SmaFeature","description":"Simple moving average of the last `period` values.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'sma'.","const":"sma","examples":["sma"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Window length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_sma50","kind":"sma","asset":"us:SPY","period":50}]},"EmaFeature":{"title":"EmaFeature","description":"Exponential moving average, alpha = 2/(period+1), seeded by the SMA of the first `period` values.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'ema'.","const":"ema","examples":["ema"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Span in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_ema20","kind":"ema","asset":"us:SPY","period":20}]},"RsiFeature":{"title":"RsiFeature","description":"Relative strength index with Wilder smoothing, 0..100.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'rsi'.","const":"rsi","examples":["rsi"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Smoothing length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_rsi14","kind":"rsi","asset":"us:SPY","period":14}]},"ReturnFeature":{"title":"ReturnFeature","description":"Simple return over `period` sessions: x[t]/x[t-period] - 1.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'return'.","const":"return","examples":["return"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Sessions back (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"mom126","kind":"return","period":126}]},"VolatilityFeature":{"title":"VolatilityFeature","description":"Sample standard deviation (n-1) of the last `period` daily simple returns.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'volatility'.","const":"volatility","examples":["volatility"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Number of daily returns (>= 2).","type":"integer","minimum":2,"maximum":100000,"examples":[50,200]},"annualize":{"description":"Multiply by sqrt(252); default false.","type":"boolean","examples":[true]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"vol20","kind":"volatility","period":20,"annualize":true}]},"DrawdownFeature":{"title":"DrawdownFeature","description":"x[t] / max(x[t-period+1..t]) - 1 (<= 0).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'drawdown'.","const":"drawdown","examples":["drawdown"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Window length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_dd","kind":"drawdown","asset":"us:SPY","period":252}]},"FieldFeature":{"title":"FieldFeature","description":"Any extra data column of the bars, e.g. \"npy\".","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'field'.","const":"field","examples":["field"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Name of the data column.","type":"string","minLength":1,"maxLength":64,"examples":["npy"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","field"],"additionalProperties":false,"examples":[{"id":"npy","kind":"field","field":"npy"}]},"CalendarFeature":{"title":"CalendarFeature","description":"Position of the session in its calendar period (scalar).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'calendar'.","const":"calendar","examples":["calendar"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"period":{"description":"The calendar period measured.","$ref":"#/$defs/CalendarPeriod","examples":["Monthly"]},"measure":{"description":"'session_of_period': 1-based index of the session in its period; 'sessions_to_period_end': 0 on the last session.","enum":["session_of_period","sessions_to_period_end"],"examples":["session_of_period"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period","measure"],"additionalProperties":false,"examples":[{"id":"session_no","kind":"calendar","period":"Monthly","measure":"session_of_period"}]},"EventFeature":{"title":"EventFeature","description":"Per-asset: signed sessions from the latest known index event's effective date to t (NaN when none is known).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'event'.","const":"event","examples":["event"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"event":{"description":"The index membership event.","enum":["index_add","index_remove"],"examples":["index_add"]},"index":{"description":"Index whose events are read; default the universe's index.","type":"string","minLength":1,"maxLength":64,"examples":["SP500"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","event"],"additionalProperties":false,"examples":[{"id":"since_add","kind":"event","event":"index_add"}]},"ExprOp":{"title":"ExprOp","description":"Arithmetic operator: neg/abs/log take 1 argument; sub/div 2; add/mul/min/max 2 or more.","enum":["add","sub","mul","div","neg","abs","min","max","log"],"examples":["div"]},"ExprFeature":{"title":"ExprFeature","description":"Arithmetic over numbers and other features; per-asset if any referenced feature is per-asset (scalars broadcast).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'expr'.","const":"expr","examples":["expr"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"op":{"description":"The operator.","$ref":"#/$defs/ExprOp","examples":["div"]},"args":{"description":"Operands: numbers, feature refs, or inline { op, args } expressions.","type":"array","items":{"$ref":"#/$defs/ExprOperand"},"minItems":1,"maxItems":64,"examples":[[{"ref":"spy_price"},{"ref":"spy_sma200"}]]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","op","args"],"additionalProperties":false,"examples":[{"id":"spy_vs_sma","kind":"expr","op":"div","args":[{"ref":"spy_price"},{"ref":"spy_sma200"}]}]},"ExprNode":{"title":"ExprNode","description":"An inline arithmetic expression.","type":"object","properties":{"op":{"description":"The operator.","$ref":"#/$defs/ExprOp","examples":["sub"]},"args":{"description":"Operands: numbers, feature refs, or nested expressions.","type":"array","items":{"$ref":"#/$defs/ExprOperand"},"minItems":1,"maxItems":64,"examples":[[{"ref":"a"},1]]}},"required":["op","args"],"additionalProperties":false,"examples":[{"op":"sub","args":[{"ref":"a"},1]}]},"ExprOperand":{"title":"ExprOperand","description":"A number, a feature ref, or an inline expression.","anyOf":[{"type":"number"},{"$ref":"#/$defs/Ref"},{"$ref":"#/$defs/ExprNode"}],"examples":[1,{"ref":"a"},{"op":"neg","args":[{"ref":"a"}]}]},"Ref":{"title":"Ref","description":"A reference to a feature by id.","type":"object","properties":{"ref":{"description":"Id of a feature declared in `features`.","$ref":"#/$defs/FeatureId","examples":["spy_sma50"]}},"required":["ref"],"additionalProperties":false,"examples":[{"ref":"spy_sma50"}]},"Operand":{"title":"Operand","description":"A number or a feature ref.","anyOf":[{"type":"number"},{"$ref":"#/$defs/Ref"}],"examples":[0,{"ref":"spy_price"}]},"Tolerance":{"title":"Tolerance","description":"Hysteresis band on gt/gte/lt/lte (approximate equality on eq/neq).","type":"object","properties":{"value":{"description":"Band width: an absolute amount, or a percentage of |right| when mode is 'relative'.","type":"number","minimum":0,"examples":[2]},"mode":{"description":"'absolute': band = value; 'relative': band = |right| x value / 100.","enum":["absolute","relative"],"examples":["relative"]}},"required":["value","mode"],"additionalProperties":false,"examples":[{"value":2,"mode":"relative"}]},"NodeId":{"title":"NodeId","description":"Optional unique id of a rule node or condition; the stable key of its hysteresis state.","type":"string","minLength":1,"maxLength":128,"examples":["trend_filter"]},"Condition":{"title":"Condition","description":"A boolean condition; 'op' selects its shape.","type":"object","properties":{"op":{"description":"The comparison or logical operator; its other properties depend on it.","enum":["gt","gte","lt","lte","eq","neq","and","or","not"]}},"required":["op"],"allOf":[{"if":{"properties":{"op":{"enum":["gt","gte","lt","lte","eq","neq"]}},"required":["op"]},"then":{"$ref":"#/$defs/Comparison"}},{"if":{"properties":{"op":{"enum":["and","or"]}},"required":["op"]},"then":{"$ref":"#/$defs/LogicalCondition"}},{"if":{"properties":{"op":{"const":"not"}},"required":["op"]},"then":{"$ref":"#/$defs/NotCondition"}}],"examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"}}]},"Comparison":{"title":"Comparison","description":"Compares two operands, optionally with a hysteresis tolerance.","type":"object","properties":{"op":{"description":"Comparison operator.","enum":["gt","gte","lt","lte","eq","neq"],"examples":["gt"]},"id":{"description":"Unique id; keys the hysteresis state (default: the JSON pointer of this node).","$ref":"#/$defs/NodeId","examples":["trend"]},"left":{"description":"Left operand.","$ref":"#/$defs/Operand","examples":[{"ref":"spy_price"}]},"right":{"description":"Right operand.","$ref":"#/$defs/Operand","examples":[{"ref":"spy_sma50"},0]},"tolerance":{"description":"Hysteresis band (gt/gte/lt/lte) or approximate equality (eq/neq).","$ref":"#/$defs/Tolerance","examples":[{"value":2,"mode":"relative"}]}},"required":["op","left","right"],"additionalProperties":false,"examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"},"tolerance":{"value":2,"mode":"relative"}}]},"LogicalCondition":{"title":"LogicalCondition","description":"All (and) or any (or) of its conditions.","type":"object","properties":{"op":{"description":"Logical operator.","enum":["and","or"],"examples":["and"]},"id":{"description":"Unique id of this condition.","$ref":"#/$defs/NodeId","examples":["both"]},"args":{"description":"The conditions combined (at least 1).","type":"array","items":{"$ref":"#/$defs/Condition"},"minItems":1,"maxItems":1000,"examples":[[{"op":"gt","left":{"ref":"a"},"right":0}]]}},"required":["op","args"],"additionalProperties":false,"examples":[{"op":"and","args":[{"op":"gt","left":{"ref":"a"},"right":0},{"op":"lt","left":{"ref":"b"},"right":1}]}]},"NotCondition":{"title":"NotCondition","description":"Negation of a condition.","type":"object","properties":{"op":{"description":"Logical operator 'not'.","const":"not","examples":["not"]},"id":{"description":"Unique id of this condition.","$ref":"#/$defs/NodeId","examples":["not_trend"]},"arg":{"description":"The condition negated.","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"a"},"right":0}]}},"required":["op","arg"],"additionalProperties":false,"examples":[{"op":"not","arg":{"op":"gt","left":{"ref":"a"},"right":0}}]},"Weighting":{"title":"Weighting","description":"How a select or weight node splits its weight; 'scheme' selects the shape.","type":"object","properties":{"scheme":{"description":"How the selected assets are weighted; its other properties depend on it.","enum":["equal","inverse_volatility","proportional","specified"]}},"required":["scheme"],"allOf":[{"if":{"properties":{"scheme":{"const":"equal"}},"required":["scheme"]},"then":{"$ref":"#/$defs/EqualWeighting"}},{"if":{"properties":{"scheme":{"const":"inverse_volatility"}},"required":["scheme"]},"then":{"$ref":"#/$defs/InverseVolatilityWeighting"}},{"if":{"properties":{"scheme":{"const":"proportional"}},"required":["scheme"]},"then":{"$ref":"#/$defs/ProportionalWeighting"}},{"if":{"properties":{"scheme":{"const":"specified"}},"required":["scheme"]},"then":{"$ref":"#/$defs/SpecifiedWeighting"}}],"examples":[{"scheme":"equal"}]},"EqualWeighting":{"title":"EqualWeighting","description":"Equal weights.","type":"object","properties":{"scheme":{"description":"Scheme 'equal'.","const":"equal","examples":["equal"]}},"required":["scheme"],"additionalProperties":false,"examples":[{"scheme":"equal"}]},"InverseVolatilityWeighting":{"title":"InverseVolatilityWeighting","description":"w_i proportional to 1/stdev of the last `lookback` daily close returns.","type":"object","properties":{"scheme":{"description":"Scheme 'inverse_volatility'.","const":"inverse_volatility","examples":["inverse_volatility"]},"lookback":{"description":"Number of daily returns in the volatility estimate (>= 2).","type":"integer","minimum":2,"maximum":100000,"examples":[60]}},"required":["scheme","lookback"],"additionalProperties":false,"examples":[{"scheme":"inverse_volatility","lookback":60}]},"ProportionalWeighting":{"title":"ProportionalWeighting","description":"w_i proportional to max(score_i, 0) of a per-asset feature.","type":"object","properties":{"scheme":{"description":"Scheme 'proportional'.","const":"proportional","examples":["proportional"]},"by":{"description":"The per-asset feature giving each score.","$ref":"#/$defs/Ref","examples":[{"ref":"mom126"}]}},"required":["scheme","by"],"additionalProperties":false,"examples":[{"scheme":"proportional","by":{"ref":"mom126"}}]},"SpecifiedWeighting":{"title":"SpecifiedWeighting","description":"Explicit weights by rank position (select) or list position (weight).","type":"object","properties":{"scheme":{"description":"Scheme 'specified'.","const":"specified","examples":["specified"]},"weights":{"description":"One weight per position.","type":"array","items":{"type":"number"},"minItems":1,"maxItems":10000,"examples":[[0.6,0.4]]}},"required":["scheme","weights"],"additionalProperties":false,"examples":[{"scheme":"specified","weights":[0.6,0.4]}]},"Node":{"title":"Node","description":"A rule node; 'op' selects its shape.","type":"object","properties":{"op":{"description":"What this rule node does; its other properties depend on it.","enum":["allocate","if","select","weight","group","cash"]}},"required":["op"],"allOf":[{"if":{"properties":{"op":{"const":"allocate"}},"required":["op"]},"then":{"$ref":"#/$defs/AllocateNode"}},{"if":{"properties":{"op":{"const":"if"}},"required":["op"]},"then":{"$ref":"#/$defs/IfNode"}},{"if":{"properties":{"op":{"const":"select"}},"required":["op"]},"then":{"$ref":"#/$defs/SelectNode"}},{"if":{"properties":{"op":{"const":"weight"}},"required":["op"]},"then":{"$ref":"#/$defs/WeightNode"}},{"if":{"properties":{"op":{"const":"group"}},"required":["op"]},"then":{"$ref":"#/$defs/GroupNode"}},{"if":{"properties":{"op":{"const":"cash"}},"required":["op"]},"then":{"$ref":"#/$defs/CashNode"}}],"examples":[{"op":"cash"}]},"AllocateNode":{"title":"AllocateNode","description":"Fixed target weights (negative = short).","type":"object","properties":{"op":{"description":"Node kind 'allocate'.","const":"allocate","examples":["allocate"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["risk_on"]},"weights":{"description":"Target weight per universe asset id.","type":"object","propertyNames":{"$ref":"#/$defs/AssetId"},"additionalProperties":{"type":"number","description":"Target weight of the asset (negative = short)."},"maxProperties":10000,"examples":[{"us:SPY":0.6,"us:IEF":0.4}]}},"required":["op","weights"],"additionalProperties":false,"examples":[{"op":"allocate","weights":{"us:SPY":1}}]},"IfNode":{"title":"IfNode","description":"Chooses 'then' when the condition holds, else 'else'.","type":"object","properties":{"op":{"description":"Node kind 'if'.","const":"if","examples":["if"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["trend"]},"cond":{"description":"Scalar condition (refs must be scalar features).","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"}}]},"then":{"description":"Node used when the condition holds.","$ref":"#/$defs/Node","examples":[{"op":"allocate","weights":{"us:SPY":1}}]},"else":{"description":"Node used otherwise.","$ref":"#/$defs/Node","examples":[{"op":"cash"}]}},"required":["op","cond","then","else"],"additionalProperties":false,"examples":[{"op":"if","cond":{"op":"gt","left":{"ref":"a"},"right":0},"then":{"op":"cash"},"else":{"op":"cash"}}]},"SelectNode":{"title":"SelectNode","description":"Ranks and filters candidate assets, keeps the first N, and weights them.","type":"object","properties":{"op":{"description":"Node kind 'select'.","const":"select","examples":["select"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["top_momentum"]},"from":{"description":"Candidate asset ids; default the whole universe (point in time for a dynamic universe).","type":"array","items":{"$ref":"#/$defs/AssetId"},"minItems":1,"maxItems":10000,"uniqueItems":true,"examples":[["us:SPY","us:TLT"]]},"rank":{"description":"Per-asset feature to rank by; required when count or fraction is given.","$ref":"#/$defs/Ref","examples":[{"ref":"mom126"}]},"order":{"description":"'desc' (default): highest score first; 'asc': lowest first.","enum":["desc","asc"],"examples":["desc"]},"count":{"description":"Keep the first N ranked candidates (at most one of count/fraction).","type":"integer","minimum":1,"maximum":10000,"examples":[3]},"fraction":{"description":"Keep floor(n*fraction) candidates, at least 1 when n >= 1 (at most one of count/fraction).","type":"number","exclusiveMinimum":0,"maximum":1,"examples":[0.1]},"filter":{"description":"Per-asset condition; refs to per-asset features read each candidate's value.","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"mom126"},"right":0}]},"weighting":{"description":"How the kept assets are weighted; default { scheme: 'equal' }.","$ref":"#/$defs/Weighting","examples":[{"scheme":"equal"}]}},"required":["op"],"dependentRequired":{"count":["rank"],"fraction":["rank"]},"additionalProperties":false,"examples":[{"op":"select","rank":{"ref":"mom126"},"count":3}]},"WeightNode":{"title":"WeightNode","description":"A weighting over a fixed list of assets.","type":"object","properties":{"op":{"description":"Node kind 'weight'.","const":"weight","examples":["weight"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["balanced"]},"assets":{"description":"Asset ids to weight, in list order.","type":"array","items":{"$ref":"#/$defs/AssetId"},"minItems":1,"maxItems":10000,"uniqueItems":true,"examples":[["us:SPY","us:IEF"]]},"weighting":{"description":"How the assets are weighted.","$ref":"#/$defs/Weighting","examples":[{"scheme":"specified","weights":[0.6,0.4]}]}},"required":["op","assets","weighting"],"additionalProperties":false,"examples":[{"op":"weight","assets":["us:SPY","us:IEF"],"weighting":{"scheme":"equal"}}]},"GroupChild":{"title":"GroupChild","description":"One weighted leg of a group.","type":"object","properties":{"weight":{"description":"Multiplier of the leg's weights (negative shorts the leg).","type":"number","examples":[0.5]},"node":{"description":"The leg.","$ref":"#/$defs/Node","examples":[{"op":"allocate","weights":{"us:SPY":1}}]}},"required":["weight","node"],"additionalProperties":false,"examples":[{"weight":0.5,"node":{"op":"cash"}}]},"GroupNode":{"title":"GroupNode","description":"A weighted mix of child nodes.","type":"object","properties":{"op":{"description":"Node kind 'group'.","const":"group","examples":["group"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["core_satellite"]},"children":{"description":"The weighted legs.","type":"array","items":{"$ref":"#/$defs/GroupChild"},"minItems":1,"maxItems":10000,"examples":[[{"weight":1,"node":{"op":"cash"}}]]}},"required":["op","children"],"additionalProperties":false,"examples":[{"op":"group","children":[{"weight":0.5,"node":{"op":"cash"}}]}]},"CashNode":{"title":"CashNode","description":"All weights zero.","type":"object","properties":{"op":{"description":"Node kind 'cash'.","const":"cash","examples":["cash"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["flat"]}},"required":["op"],"additionalProperties":false,"examples":[{"op":"cash"}]}}};
const func1 = Object.prototype.hasOwnProperty;
import func2_module from "ajv/dist/runtime/ucs2length.js";
const func2 = func2_module.default ?? func2_module;
const schema32 = {"title":"Universe","description":"A fixed list of 1 to 10,000 assets, or a dynamic index.","anyOf":[{"type":"array","items":{"$ref":"#/$defs/Asset"},"minItems":1,"maxItems":10000},{"$ref":"#/$defs/DynamicUniverse"}],"examples":[[{"id":"us:SPY","symbol":"SPY"}],{"index":"SP500"}]};
const schema35 = {"title":"DynamicUniverse","description":"A universe the data feed resolves point in time (an asset is a member only between entry and exit).","type":"object","properties":{"index":{"description":"Index whose point-in-time members form the universe.","type":"string","minLength":1,"maxLength":64,"examples":["SP500"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["S&P 500 members, point in time"]}},"required":["index"],"additionalProperties":false,"examples":[{"index":"SP500"}]};
const schema33 = {"title":"Asset","description":"A tradable instrument.","type":"object","properties":{"id":{"description":"Unique id of the asset, used as the key in weights and asset lists.","$ref":"#/$defs/AssetId","examples":["us:SPY"]},"symbol":{"description":"Ticker the data feed knows the asset by (it names the data file): letters, digits and . _ - ^ =, not starting with . or - (docs/data.md).","type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$","examples":["SPY"]},"exchange":{"description":"Listing exchange code, when it matters to the data feed.","type":"string","minLength":1,"maxLength":16,"examples":["ARCX"]}},"required":["id","symbol"],"additionalProperties":false,"examples":[{"id":"us:SPY","symbol":"SPY"}]};
const schema34 = {"title":"AssetId","description":"An asset id, e.g. 'us:SPY' (market prefix and symbol).","type":"string","minLength":1,"maxLength":64,"examples":["us:SPY"]};
const pattern4 = new RegExp("^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.symbol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "symbol")) || (key0 === "exchange"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.symbol !== undefined){
let data1 = data.symbol;
if(typeof data1 === "string"){
if(func2(data1) > 32){
const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema33.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$"},message:"must match pattern \""+"^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$"+"\"",schema:"^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$",parentSchema:schema33.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.symbol.type,parentSchema:schema33.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exchange !== undefined){
let data2 = data.exchange;
if(typeof data2 === "string"){
if(func2(data2) > 16){
const err10 = {instancePath:instancePath+"/exchange",schemaPath:"#/properties/exchange/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters",schema:16,parentSchema:schema33.properties.exchange,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/exchange",schemaPath:"#/properties/exchange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.exchange,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/exchange",schemaPath:"#/properties/exchange/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.exchange.type,parentSchema:schema33.properties.exchange,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(Array.isArray(data)){
if(data.length > 10000){
const err0 = {instancePath,schemaPath:"#/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema32.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.anyOf[0].type,parentSchema:schema32.anyOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.index === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/DynamicUniverse/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "index") || (key0 === "description"))){
const err4 = {instancePath,schemaPath:"#/$defs/DynamicUniverse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.index !== undefined){
let data1 = data.index;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err5 = {instancePath:instancePath+"/index",schemaPath:"#/$defs/DynamicUniverse/properties/index/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema35.properties.index,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/$defs/DynamicUniverse/properties/index/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.index,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/$defs/DynamicUniverse/properties/index/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.index.type,parentSchema:schema35.properties.index,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/DynamicUniverse/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema35.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/DynamicUniverse/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.description.type,parentSchema:schema35.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/DynamicUniverse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.anyOf,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":true,"dynamicItems":true};

const schema36 = {"title":"Rebalance","description":"When the rule tree is evaluated and orders are generated.","type":"object","properties":{"frequency":{"description":"Rebalance period; default 'Daily'.","$ref":"#/$defs/RebalanceFrequency","examples":["Weekly","Monthly"]},"anchors":{"description":"N-th session of each period: 1 = first, 2 = second, -1 = last, -7 = seventh from last. Omitted: non-daily frequencies rebalance on the last session (-1). Not allowed with Daily; |n| must not exceed the longest period (week 5, month 23, quarter 66, year 253).","type":"array","items":{"type":"integer","minimum":-253,"maximum":253,"not":{"const":0}},"minItems":1,"maxItems":253,"uniqueItems":true,"examples":[[-1],[16,-1]]},"drift":{"description":"Also rebalance on any session where some holding's weight differs from its last target by more than this absolute weight.","type":"number","exclusiveMinimum":0,"maximum":1,"examples":[0.05]}},"additionalProperties":false,"examples":[{"frequency":"Monthly","anchors":[-1]}]};
const schema37 = {"title":"RebalanceFrequency","description":"How often the rule tree runs.","enum":["Daily","Weekly","Monthly","Quarterly","Yearly"],"examples":["Monthly"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "frequency") || (key0 === "anchors")) || (key0 === "drift"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.frequency !== undefined){
let data0 = data.frequency;
if(!(((((data0 === "Daily") || (data0 === "Weekly")) || (data0 === "Monthly")) || (data0 === "Quarterly")) || (data0 === "Yearly"))){
const err1 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/RebalanceFrequency/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.anchors !== undefined){
let data1 = data.anchors;
if(Array.isArray(data1)){
if(data1.length > 253){
const err2 = {instancePath:instancePath+"/anchors",schemaPath:"#/properties/anchors/maxItems",keyword:"maxItems",params:{limit: 253},message:"must NOT have more than 253 items",schema:253,parentSchema:schema36.properties.anchors,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/anchors",schemaPath:"#/properties/anchors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.anchors,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/anchors/" + i0,schemaPath:"#/properties/anchors/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.anchors.items.type,parentSchema:schema36.properties.anchors.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs8 = errors;
const _errs9 = errors;
if(0 !== data2){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs9 === errors;
if(valid4){
const err6 = {instancePath:instancePath+"/anchors/" + i0,schemaPath:"#/properties/anchors/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.properties.anchors.items.not,parentSchema:schema36.properties.anchors.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 253 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/anchors/" + i0,schemaPath:"#/properties/anchors/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 253},message:"must be <= 253",schema:253,parentSchema:schema36.properties.anchors.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -253 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/anchors/" + i0,schemaPath:"#/properties/anchors/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -253},message:"must be >= -253",schema:-253,parentSchema:schema36.properties.anchors.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/anchors",schemaPath:"#/properties/anchors/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema36.properties.anchors,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/anchors",schemaPath:"#/properties/anchors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.anchors.type,parentSchema:schema36.properties.anchors,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.drift !== undefined){
let data3 = data.drift;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema36.properties.drift,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema36.properties.drift,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema36.properties.drift.type,parentSchema:schema36.properties.drift,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"Execution","description":"How targets become orders and fills.","type":"object","properties":{"fill":{"description":"'next_open' (default): decide at session t's close, fill at t+1's open; 'close': fill at t's close.","enum":["next_open","close"],"examples":["next_open"]},"slippageBps":{"description":"Slippage in basis points; buys pay price*(1+bps/1e4), sells get price*(1-bps/1e4). Default 0.","type":"number","minimum":0,"examples":[5]},"commission":{"description":"Commission charged per order; default none.","$ref":"#/$defs/Commission","examples":[{"bps":1}]},"shares":{"description":"'fractional' (default) or 'whole' (rounds toward zero).","enum":["fractional","whole"],"examples":["whole"]},"cashReserve":{"description":"Fraction of equity kept in cash: targets are scaled by (1 - cashReserve). Default 0.","type":"number","minimum":0,"exclusiveMaximum":1,"examples":[0.05]},"maxGrossExposure":{"description":"Largest allowed sum of |weight|; default 1. A static allocation above it is an error.","type":"number","exclusiveMinimum":0,"examples":[1,1.5]},"minTradeWeight":{"description":"Orders smaller than this fraction of equity are skipped; default 0.001.","type":"number","minimum":0,"exclusiveMaximum":1,"examples":[0.001]},"returns":{"description":"'total' (default): holders are credited each cash dividend on its ex-date (shorts are debited), so results include dividends; 'price': dividends are ignored (price return only). The benchmark uses the same basis.","enum":["total","price"],"examples":["price"]},"borrowFeeBps":{"description":"Annual fee on short positions in basis points of their market value at the previous close, accrued per calendar day (days/365.25) and paid from cash each session. Default 0.","type":"number","minimum":0,"examples":[50]},"cashInterest":{"description":"What cash earns (negative cash pays the same): an effective annual rate (0.02 = 2% a year, compounded over the calendar days between sessions), or { asset } to earn that asset's total return (a cash proxy such as BIL). Default: cash earns nothing.","anyOf":[{"type":"number","exclusiveMinimum":-1,"maximum":1},{"$ref":"#/$defs/CashProxy"}],"examples":[0.02,{"asset":"us:BIL"}]}},"additionalProperties":false,"examples":[{"fill":"close","minTradeWeight":0}]};
const schema39 = {"title":"Commission","description":"Per-order commission: max(minimum, notional*bps/1e4 + |shares|*perShare).","type":"object","properties":{"bps":{"description":"Basis points of the order notional; default 0.","type":"number","minimum":0,"examples":[1]},"perShare":{"description":"Charge per share traded; default 0.","type":"number","minimum":0,"examples":[0.005]},"minimum":{"description":"Minimum charge per order; default 0.","type":"number","minimum":0,"examples":[1]}},"additionalProperties":false,"examples":[{"perShare":0.005,"minimum":1}]};
const schema40 = {"title":"CashProxy","description":"An asset of the universe whose total return (close plus dividends) cash earns each session.","type":"object","properties":{"asset":{"description":"Id of the cash-proxy asset: an asset of a fixed universe (it need not be traded); with a dynamic universe, a ticker of the data (read from the feed like a benchmark).","$ref":"#/$defs/AssetId","examples":["us:BIL"]}},"required":["asset"],"additionalProperties":false,"examples":[{"asset":"us:BIL"}]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.asset === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "asset"},message:"must have required property '"+"asset"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "asset")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.asset !== undefined){
let data0 = data.asset;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err2 = {instancePath:instancePath+"/asset",schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/asset",schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/asset",schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.fill !== undefined){
let data0 = data.fill;
if(!((data0 === "next_open") || (data0 === "close"))){
const err1 = {instancePath:instancePath+"/fill",schemaPath:"#/properties/fill/enum",keyword:"enum",params:{allowedValues: schema38.properties.fill.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.fill.enum,parentSchema:schema38.properties.fill,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.slippageBps !== undefined){
let data1 = data.slippageBps;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/slippageBps",schemaPath:"#/properties/slippageBps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.slippageBps,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/slippageBps",schemaPath:"#/properties/slippageBps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.slippageBps.type,parentSchema:schema38.properties.slippageBps,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.commission !== undefined){
let data2 = data.commission;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((key1 === "bps") || (key1 === "perShare")) || (key1 === "minimum"))){
const err4 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/Commission/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.bps !== undefined){
let data3 = data2.bps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/commission/bps",schemaPath:"#/$defs/Commission/properties/bps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.bps,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/commission/bps",schemaPath:"#/$defs/Commission/properties/bps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.bps.type,parentSchema:schema39.properties.bps,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.perShare !== undefined){
let data4 = data2.perShare;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/commission/perShare",schemaPath:"#/$defs/Commission/properties/perShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.perShare,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/commission/perShare",schemaPath:"#/$defs/Commission/properties/perShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.perShare.type,parentSchema:schema39.properties.perShare,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.minimum !== undefined){
let data5 = data2.minimum;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/commission/minimum",schemaPath:"#/$defs/Commission/properties/minimum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.minimum,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/commission/minimum",schemaPath:"#/$defs/Commission/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.minimum.type,parentSchema:schema39.properties.minimum,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/commission",schemaPath:"#/$defs/Commission/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.shares !== undefined){
let data6 = data.shares;
if(!((data6 === "fractional") || (data6 === "whole"))){
const err12 = {instancePath:instancePath+"/shares",schemaPath:"#/properties/shares/enum",keyword:"enum",params:{allowedValues: schema38.properties.shares.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.shares.enum,parentSchema:schema38.properties.shares,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cashReserve !== undefined){
let data7 = data.cashReserve;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/cashReserve",schemaPath:"#/properties/cashReserve/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.cashReserve,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 >= 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/cashReserve",schemaPath:"#/properties/cashReserve/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema38.properties.cashReserve,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/cashReserve",schemaPath:"#/properties/cashReserve/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.cashReserve.type,parentSchema:schema38.properties.cashReserve,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxGrossExposure !== undefined){
let data8 = data.maxGrossExposure;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/maxGrossExposure",schemaPath:"#/properties/maxGrossExposure/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema38.properties.maxGrossExposure,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/maxGrossExposure",schemaPath:"#/properties/maxGrossExposure/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.maxGrossExposure.type,parentSchema:schema38.properties.maxGrossExposure,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.minTradeWeight !== undefined){
let data9 = data.minTradeWeight;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/minTradeWeight",schemaPath:"#/properties/minTradeWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.minTradeWeight,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 >= 1 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/minTradeWeight",schemaPath:"#/properties/minTradeWeight/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema38.properties.minTradeWeight,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/minTradeWeight",schemaPath:"#/properties/minTradeWeight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.minTradeWeight.type,parentSchema:schema38.properties.minTradeWeight,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.returns !== undefined){
let data10 = data.returns;
if(!((data10 === "total") || (data10 === "price"))){
const err21 = {instancePath:instancePath+"/returns",schemaPath:"#/properties/returns/enum",keyword:"enum",params:{allowedValues: schema38.properties.returns.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.returns.enum,parentSchema:schema38.properties.returns,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.borrowFeeBps !== undefined){
let data11 = data.borrowFeeBps;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/borrowFeeBps",schemaPath:"#/properties/borrowFeeBps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.borrowFeeBps,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/borrowFeeBps",schemaPath:"#/properties/borrowFeeBps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.borrowFeeBps.type,parentSchema:schema38.properties.borrowFeeBps,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.cashInterest !== undefined){
let data12 = data.cashInterest;
const _errs26 = errors;
let valid3 = false;
const _errs27 = errors;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/cashInterest",schemaPath:"#/properties/cashInterest/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema38.properties.cashInterest.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 <= -1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/cashInterest",schemaPath:"#/properties/cashInterest/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: -1},message:"must be > -1",schema:-1,parentSchema:schema38.properties.cashInterest.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/cashInterest",schemaPath:"#/properties/cashInterest/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.cashInterest.anyOf[0].type,parentSchema:schema38.properties.cashInterest.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid3 = valid3 || _valid0;
const _errs29 = errors;
if(!(validate28(data12, {instancePath:instancePath+"/cashInterest",parentData:data,parentDataProperty:"cashInterest",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs29 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err27 = {instancePath:instancePath+"/cashInterest",schemaPath:"#/properties/cashInterest/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.cashInterest.anyOf,parentSchema:schema38.properties.cashInterest,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"title":"Feature","description":"A named series; 'kind' selects its shape.","type":"object","properties":{"kind":{"description":"What this feature computes; its other properties depend on it.","enum":["price","sma","ema","rsi","return","volatility","drawdown","field","calendar","event","expr"]}},"required":["kind"],"allOf":[{"if":{"properties":{"kind":{"const":"price"}},"required":["kind"]},"then":{"$ref":"#/$defs/PriceFeature"}},{"if":{"properties":{"kind":{"const":"sma"}},"required":["kind"]},"then":{"$ref":"#/$defs/SmaFeature"}},{"if":{"properties":{"kind":{"const":"ema"}},"required":["kind"]},"then":{"$ref":"#/$defs/EmaFeature"}},{"if":{"properties":{"kind":{"const":"rsi"}},"required":["kind"]},"then":{"$ref":"#/$defs/RsiFeature"}},{"if":{"properties":{"kind":{"const":"return"}},"required":["kind"]},"then":{"$ref":"#/$defs/ReturnFeature"}},{"if":{"properties":{"kind":{"const":"volatility"}},"required":["kind"]},"then":{"$ref":"#/$defs/VolatilityFeature"}},{"if":{"properties":{"kind":{"const":"drawdown"}},"required":["kind"]},"then":{"$ref":"#/$defs/DrawdownFeature"}},{"if":{"properties":{"kind":{"const":"field"}},"required":["kind"]},"then":{"$ref":"#/$defs/FieldFeature"}},{"if":{"properties":{"kind":{"const":"calendar"}},"required":["kind"]},"then":{"$ref":"#/$defs/CalendarFeature"}},{"if":{"properties":{"kind":{"const":"event"}},"required":["kind"]},"then":{"$ref":"#/$defs/EventFeature"}},{"if":{"properties":{"kind":{"const":"expr"}},"required":["kind"]},"then":{"$ref":"#/$defs/ExprFeature"}}],"examples":[{"id":"spy_price","kind":"price","asset":"us:SPY"}]};
const schema43 = {"title":"PriceFeature","description":"The bar field itself.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'price'.","const":"price","examples":["price"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind"],"additionalProperties":false,"examples":[{"id":"spy_price","kind":"price","asset":"us:SPY"}]};
const schema44 = {"title":"FeatureId","description":"A feature id: a letter or underscore, then letters, digits, underscores.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":64,"examples":["spy_sma200"]};
const schema47 = {"title":"PriceField","description":"A bar field.","enum":["open","high","low","close","adj_close","volume"],"examples":["close"]};
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema45 = {"title":"AssetRef","description":"An asset named by its bare id, or seed 003's { id, symbol } object (its id must match a universe asset, and its symbol that asset's symbol).","anyOf":[{"$ref":"#/$defs/AssetId"},{"$ref":"#/$defs/Asset"}],"examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) > 64){
const err0 = {instancePath,schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.anyOf,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate33.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "delay"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern5.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("price" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "price"},message:"must be equal to constant",schema:"price",parentSchema:schema43.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema43.properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.description.type,parentSchema:schema43.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err9 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.delay !== undefined){
let data5 = data.delay;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.delay.type,parentSchema:schema43.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema43.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"title":"SmaFeature","description":"Simple moving average of the last `period` values.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'sma'.","const":"sma","examples":["sma"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Window length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_sma50","kind":"sma","asset":"us:SPY","period":50}]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("sma" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "sma"},message:"must be equal to constant",schema:"sma",parentSchema:schema48.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema48.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.description.type,parentSchema:schema48.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.period.type,parentSchema:schema48.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema48.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.delay.type,parentSchema:schema48.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema48.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"title":"EmaFeature","description":"Exponential moving average, alpha = 2/(period+1), seeded by the SMA of the first `period` values.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'ema'.","const":"ema","examples":["ema"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Span in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_ema20","kind":"ema","asset":"us:SPY","period":20}]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("ema" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ema"},message:"must be equal to constant",schema:"ema",parentSchema:schema51.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema51.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.description.type,parentSchema:schema51.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.period.type,parentSchema:schema51.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema51.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.delay.type,parentSchema:schema51.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema51.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"RsiFeature","description":"Relative strength index with Wilder smoothing, 0..100.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'rsi'.","const":"rsi","examples":["rsi"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Smoothing length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_rsi14","kind":"rsi","asset":"us:SPY","period":14}]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("rsi" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "rsi"},message:"must be equal to constant",schema:"rsi",parentSchema:schema54.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema54.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.description.type,parentSchema:schema54.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.period.type,parentSchema:schema54.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema54.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.delay.type,parentSchema:schema54.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema54.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"title":"ReturnFeature","description":"Simple return over `period` sessions: x[t]/x[t-period] - 1.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'return'.","const":"return","examples":["return"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Sessions back (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"mom126","kind":"return","period":126}]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("return" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "return"},message:"must be equal to constant",schema:"return",parentSchema:schema57.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema57.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.description.type,parentSchema:schema57.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.period.type,parentSchema:schema57.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema57.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.delay.type,parentSchema:schema57.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema57.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"title":"VolatilityFeature","description":"Sample standard deviation (n-1) of the last `period` daily simple returns.","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'volatility'.","const":"volatility","examples":["volatility"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Number of daily returns (>= 2).","type":"integer","minimum":2,"maximum":100000,"examples":[50,200]},"annualize":{"description":"Multiply by sqrt(252); default false.","type":"boolean","examples":[true]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"vol20","kind":"volatility","period":20,"annualize":true}]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "annualize")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("volatility" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "volatility"},message:"must be equal to constant",schema:"volatility",parentSchema:schema60.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema60.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.description.type,parentSchema:schema60.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.period.type,parentSchema:schema60.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema60.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 2 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema60.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.annualize !== undefined){
let data6 = data.annualize;
if(typeof data6 !== "boolean"){
const err14 = {instancePath:instancePath+"/annualize",schemaPath:"#/properties/annualize/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.annualize.type,parentSchema:schema60.properties.annualize,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.delay !== undefined){
let data7 = data.delay;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.delay.type,parentSchema:schema60.properties.delay,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema60.properties.delay,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.delay,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"title":"DrawdownFeature","description":"x[t] / max(x[t-period+1..t]) - 1 (<= 0).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'drawdown'.","const":"drawdown","examples":["drawdown"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Bar field to read; default 'close'.","$ref":"#/$defs/PriceField","examples":["close","adj_close"]},"period":{"description":"Window length in sessions (>= 1).","type":"integer","minimum":1,"maximum":100000,"examples":[50,200]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period"],"additionalProperties":false,"examples":[{"id":"spy_dd","kind":"drawdown","asset":"us:SPY","period":252}]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "period")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("drawdown" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "drawdown"},message:"must be equal to constant",schema:"drawdown",parentSchema:schema63.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema63.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.description.type,parentSchema:schema63.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(!((((((data4 === "open") || (data4 === "high")) || (data4 === "low")) || (data4 === "close")) || (data4 === "adj_close")) || (data4 === "volume"))){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/PriceField/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema63.properties.period.type,parentSchema:schema63.properties.period,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema63.properties.period,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema63.properties.period,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema63.properties.delay.type,parentSchema:schema63.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema63.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema63.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"title":"FieldFeature","description":"Any extra data column of the bars, e.g. \"npy\".","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'field'.","const":"field","examples":["field"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"asset":{"description":"The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).","$ref":"#/$defs/AssetRef","examples":["us:SPY",{"id":"us:SPY","symbol":"SPY"}]},"field":{"description":"Name of the data column.","type":"string","minLength":1,"maxLength":64,"examples":["npy"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","field"],"additionalProperties":false,"examples":[{"id":"npy","kind":"field","field":"npy"}]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.field === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "asset")) || (key0 === "field")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("field" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "field"},message:"must be equal to constant",schema:"field",parentSchema:schema66.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema66.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asset !== undefined){
if(!(validate33(data.asset, {instancePath:instancePath+"/asset",parentData:data,parentDataProperty:"asset",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data4 = data.field;
if(typeof data4 === "string"){
if(func2(data4) > 64){
const err10 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema66.properties.field,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.field,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.field.type,parentSchema:schema66.properties.field,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.delay !== undefined){
let data5 = data.delay;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.delay.type,parentSchema:schema66.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema66.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"title":"CalendarFeature","description":"Position of the session in its calendar period (scalar).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'calendar'.","const":"calendar","examples":["calendar"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"period":{"description":"The calendar period measured.","$ref":"#/$defs/CalendarPeriod","examples":["Monthly"]},"measure":{"description":"'session_of_period': 1-based index of the session in its period; 'sessions_to_period_end': 0 on the last session.","enum":["session_of_period","sessions_to_period_end"],"examples":["session_of_period"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","period","measure"],"additionalProperties":false,"examples":[{"id":"session_no","kind":"calendar","period":"Monthly","measure":"session_of_period"}]};
const schema70 = {"title":"CalendarPeriod","description":"A calendar period.","enum":["Weekly","Monthly","Quarterly","Yearly"],"examples":["Monthly"]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.measure === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measure"},message:"must have required property '"+"measure"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "period")) || (key0 === "measure")) || (key0 === "delay"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern5.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("calendar" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "calendar"},message:"must be equal to constant",schema:"calendar",parentSchema:schema68.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema68.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.description.type,parentSchema:schema68.properties.description,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data3 = data.period;
if(!((((data3 === "Weekly") || (data3 === "Monthly")) || (data3 === "Quarterly")) || (data3 === "Yearly"))){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/CalendarPeriod/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.measure !== undefined){
let data4 = data.measure;
if(!((data4 === "session_of_period") || (data4 === "sessions_to_period_end"))){
const err12 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/enum",keyword:"enum",params:{allowedValues: schema68.properties.measure.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.measure.enum,parentSchema:schema68.properties.measure,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.delay !== undefined){
let data5 = data.delay;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.delay.type,parentSchema:schema68.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema68.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"title":"EventFeature","description":"Per-asset: signed sessions from the latest known index event's effective date to t (NaN when none is known).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'event'.","const":"event","examples":["event"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"event":{"description":"The index membership event.","enum":["index_add","index_remove"],"examples":["index_add"]},"index":{"description":"Index whose events are read; default the universe's index.","type":"string","minLength":1,"maxLength":64,"examples":["SP500"]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","event"],"additionalProperties":false,"examples":[{"id":"since_add","kind":"event","event":"index_add"}]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.event === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "event")) || (key0 === "index")) || (key0 === "delay"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("event" !== data1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "event"},message:"must be equal to constant",schema:"event",parentSchema:schema71.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema71.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.description.type,parentSchema:schema71.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.event !== undefined){
let data3 = data.event;
if(!((data3 === "index_add") || (data3 === "index_remove"))){
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/enum",keyword:"enum",params:{allowedValues: schema71.properties.event.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.event.enum,parentSchema:schema71.properties.event,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.index !== undefined){
let data4 = data.index;
if(typeof data4 === "string"){
if(func2(data4) > 64){
const err11 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema71.properties.index,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data4) < 1){
const err12 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema71.properties.index,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.index.type,parentSchema:schema71.properties.index,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.delay !== undefined){
let data5 = data.delay;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.properties.delay.type,parentSchema:schema71.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema71.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema71.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"title":"ExprFeature","description":"Arithmetic over numbers and other features; per-asset if any referenced feature is per-asset (scalars broadcast).","type":"object","properties":{"id":{"description":"Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.","$ref":"#/$defs/FeatureId","examples":["spy_sma200"]},"kind":{"description":"Feature kind discriminator: 'expr'.","const":"expr","examples":["expr"]},"description":{"description":"Free text for humans; ignored by the engine.","type":"string","maxLength":1000,"examples":["200-session simple moving average of SPY closes"]},"op":{"description":"The operator.","$ref":"#/$defs/ExprOp","examples":["div"]},"args":{"description":"Operands: numbers, feature refs, or inline { op, args } expressions.","type":"array","items":{"$ref":"#/$defs/ExprOperand"},"minItems":1,"maxItems":64,"examples":[[{"ref":"spy_price"},{"ref":"spy_sma200"}]]},"delay":{"description":"Read the value `delay` sessions back (0 = the current session).","type":"integer","minimum":0,"maximum":10000,"examples":[0,1]}},"required":["id","kind","op","args"],"additionalProperties":false,"examples":[{"id":"spy_vs_sma","kind":"expr","op":"div","args":[{"ref":"spy_price"},{"ref":"spy_sma200"}]}]};
const schema75 = {"title":"ExprOp","description":"Arithmetic operator: neg/abs/log take 1 argument; sub/div 2; add/mul/min/max 2 or more.","enum":["add","sub","mul","div","neg","abs","min","max","log"],"examples":["div"]};
const schema76 = {"title":"ExprOperand","description":"A number, a feature ref, or an inline expression.","anyOf":[{"type":"number"},{"$ref":"#/$defs/Ref"},{"$ref":"#/$defs/ExprNode"}],"examples":[1,{"ref":"a"},{"op":"neg","args":[{"ref":"a"}]}]};
const schema77 = {"title":"Ref","description":"A reference to a feature by id.","type":"object","properties":{"ref":{"description":"Id of a feature declared in `features`.","$ref":"#/$defs/FeatureId","examples":["spy_sma50"]}},"required":["ref"],"additionalProperties":false,"examples":[{"ref":"spy_sma50"}]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ref === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "ref")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ref !== undefined){
let data0 = data.ref;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err2 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern5.test(data0)){
const err3 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"title":"ExprNode","description":"An inline arithmetic expression.","type":"object","properties":{"op":{"description":"The operator.","$ref":"#/$defs/ExprOp","examples":["sub"]},"args":{"description":"Operands: numbers, feature refs, or nested expressions.","type":"array","items":{"$ref":"#/$defs/ExprOperand"},"minItems":1,"maxItems":64,"examples":[[{"ref":"a"},1]]}},"required":["op","args"],"additionalProperties":false,"examples":[{"op":"sub","args":[{"ref":"a"},1]}]};
const wrapper0 = {validate: validate63};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.args === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "args"},message:"must have required property '"+"args"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "op") || (key0 === "args"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(!(((((((((data0 === "add") || (data0 === "sub")) || (data0 === "mul")) || (data0 === "div")) || (data0 === "neg")) || (data0 === "abs")) || (data0 === "min")) || (data0 === "max")) || (data0 === "log"))){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/ExprOp/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.args !== undefined){
let data1 = data.args;
if(Array.isArray(data1)){
if(data1.length > 64){
const err4 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema79.properties.args,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema79.properties.args,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data1[i0], {instancePath:instancePath+"/args/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.args.type,parentSchema:schema79.properties.args,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema76.anyOf[0].type,parentSchema:schema76.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs4 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema76.anyOf,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate63.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.op === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.args === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "args"},message:"must have required property '"+"args"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "description")) || (key0 === "op")) || (key0 === "args")) || (key0 === "delay"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern5.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FeatureId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("expr" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "expr"},message:"must be equal to constant",schema:"expr",parentSchema:schema73.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 1000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema73.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.description.type,parentSchema:schema73.properties.description,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.op !== undefined){
let data3 = data.op;
if(!(((((((((data3 === "add") || (data3 === "sub")) || (data3 === "mul")) || (data3 === "div")) || (data3 === "neg")) || (data3 === "abs")) || (data3 === "min")) || (data3 === "max")) || (data3 === "log"))){
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/ExprOp/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.args !== undefined){
let data4 = data.args;
if(Array.isArray(data4)){
if(data4.length > 64){
const err12 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema73.properties.args,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.properties.args,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data4[i0], {instancePath:instancePath+"/args/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.args.type,parentSchema:schema73.properties.args,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.delay !== undefined){
let data6 = data.delay;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.delay.type,parentSchema:schema73.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema73.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if("price" !== data.kind){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[0].if,parentSchema:schema42.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.kind === undefined) && (missing1 = "kind")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.kind !== undefined){
if("sma" !== data.kind){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[1].if,parentSchema:schema42.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.kind === undefined) && (missing2 = "kind")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.kind !== undefined){
if("ema" !== data.kind){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[2].if,parentSchema:schema42.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.kind === undefined) && (missing3 = "kind")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.kind !== undefined){
if("rsi" !== data.kind){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
if(valid7){
var props3 = true;
}
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[3].if,parentSchema:schema42.allOf[3],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.kind === undefined) && (missing4 = "kind")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.kind !== undefined){
if("return" !== data.kind){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
if(valid9){
var props4 = true;
}
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[4].if,parentSchema:schema42.allOf[4],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.kind === undefined) && (missing5 = "kind")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.kind !== undefined){
if("volatility" !== data.kind){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid5 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs30 = errors;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var _valid5 = _errs30 === errors;
valid11 = _valid5;
if(valid11){
var props5 = true;
}
}
if(!valid11){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[5].if,parentSchema:schema42.allOf[5],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs32 = errors;
let valid13 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.kind === undefined) && (missing6 = "kind")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.kind !== undefined){
if("drawdown" !== data.kind){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid6 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs35 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid6 = _errs35 === errors;
valid13 = _valid6;
if(valid13){
var props6 = true;
}
}
if(!valid13){
const err20 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[6].if,parentSchema:schema42.allOf[6],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs37 = errors;
let valid15 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.kind === undefined) && (missing7 = "kind")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data.kind !== undefined){
if("field" !== data.kind){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid7 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs40 = errors;
if(!(validate55(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var _valid7 = _errs40 === errors;
valid15 = _valid7;
if(valid15){
var props7 = true;
}
}
if(!valid15){
const err23 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[7].if,parentSchema:schema42.allOf[7],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs42 = errors;
let valid17 = true;
const _errs43 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.kind === undefined) && (missing8 = "kind")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.kind !== undefined){
if("calendar" !== data.kind){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
var _valid8 = _errs43 === errors;
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs45 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid8 = _errs45 === errors;
valid17 = _valid8;
if(valid17){
var props8 = true;
}
}
if(!valid17){
const err26 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[8].if,parentSchema:schema42.allOf[8],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs47 = errors;
let valid19 = true;
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.kind === undefined) && (missing9 = "kind")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.kind !== undefined){
if("event" !== data.kind){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
var _valid9 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs50 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid9 = _errs50 === errors;
valid19 = _valid9;
if(valid19){
var props9 = true;
}
}
if(!valid19){
const err29 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[9].if,parentSchema:schema42.allOf[9],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs52 = errors;
let valid21 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.kind === undefined) && (missing10 = "kind")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.kind !== undefined){
if("expr" !== data.kind){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
var _valid10 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs55 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid10 = _errs55 === errors;
valid21 = _valid10;
if(valid21){
var props10 = true;
}
}
if(!valid21){
const err32 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema42.allOf[10].if,parentSchema:schema42.allOf[10],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.kind = true;
}
if(data.kind !== undefined){
let data11 = data.kind;
if(!(((((((((((data11 === "price") || (data11 === "sma")) || (data11 === "ema")) || (data11 === "rsi")) || (data11 === "return")) || (data11 === "volatility")) || (data11 === "drawdown")) || (data11 === "field")) || (data11 === "calendar")) || (data11 === "event")) || (data11 === "expr"))){
const err34 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema42.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.kind.enum,parentSchema:schema42.properties.kind,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate31.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema81 = {"title":"Node","description":"A rule node; 'op' selects its shape.","type":"object","properties":{"op":{"description":"What this rule node does; its other properties depend on it.","enum":["allocate","if","select","weight","group","cash"]}},"required":["op"],"allOf":[{"if":{"properties":{"op":{"const":"allocate"}},"required":["op"]},"then":{"$ref":"#/$defs/AllocateNode"}},{"if":{"properties":{"op":{"const":"if"}},"required":["op"]},"then":{"$ref":"#/$defs/IfNode"}},{"if":{"properties":{"op":{"const":"select"}},"required":["op"]},"then":{"$ref":"#/$defs/SelectNode"}},{"if":{"properties":{"op":{"const":"weight"}},"required":["op"]},"then":{"$ref":"#/$defs/WeightNode"}},{"if":{"properties":{"op":{"const":"group"}},"required":["op"]},"then":{"$ref":"#/$defs/GroupNode"}},{"if":{"properties":{"op":{"const":"cash"}},"required":["op"]},"then":{"$ref":"#/$defs/CashNode"}}],"examples":[{"op":"cash"}]};
const schema82 = {"title":"AllocateNode","description":"Fixed target weights (negative = short).","type":"object","properties":{"op":{"description":"Node kind 'allocate'.","const":"allocate","examples":["allocate"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["risk_on"]},"weights":{"description":"Target weight per universe asset id.","type":"object","propertyNames":{"$ref":"#/$defs/AssetId"},"additionalProperties":{"type":"number","description":"Target weight of the asset (negative = short)."},"maxProperties":10000,"examples":[{"us:SPY":0.6,"us:IEF":0.4}]}},"required":["op","weights"],"additionalProperties":false,"examples":[{"op":"allocate","weights":{"us:SPY":1}}]};
const schema83 = {"title":"NodeId","description":"Optional unique id of a rule node or condition; the stable key of its hysteresis state.","type":"string","minLength":1,"maxLength":128,"examples":["trend_filter"]};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weights === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weights"},message:"must have required property '"+"weights"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "weights"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("allocate" !== data0){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "allocate"},message:"must be equal to constant",schema:"allocate",parentSchema:schema82.properties.op,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.weights !== undefined){
let data2 = data.weights;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 10000){
const err7 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties",schema:10000,parentSchema:schema82.properties.weights,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
const _errs8 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 64){
const err8 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(key1) < 1){
const err9 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid2 = _errs8 === errors;
if(!valid2){
const err11 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema82.properties.weights.propertyNames,parentSchema:schema82.properties.weights,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/weights/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/weights/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema82.properties.weights.additionalProperties.type,parentSchema:schema82.properties.weights.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.weights.type,parentSchema:schema82.properties.weights,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"title":"IfNode","description":"Chooses 'then' when the condition holds, else 'else'.","type":"object","properties":{"op":{"description":"Node kind 'if'.","const":"if","examples":["if"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["trend"]},"cond":{"description":"Scalar condition (refs must be scalar features).","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"}}]},"then":{"description":"Node used when the condition holds.","$ref":"#/$defs/Node","examples":[{"op":"allocate","weights":{"us:SPY":1}}]},"else":{"description":"Node used otherwise.","$ref":"#/$defs/Node","examples":[{"op":"cash"}]}},"required":["op","cond","then","else"],"additionalProperties":false,"examples":[{"op":"if","cond":{"op":"gt","left":{"ref":"a"},"right":0},"then":{"op":"cash"},"else":{"op":"cash"}}]};
const schema87 = {"title":"Condition","description":"A boolean condition; 'op' selects its shape.","type":"object","properties":{"op":{"description":"The comparison or logical operator; its other properties depend on it.","enum":["gt","gte","lt","lte","eq","neq","and","or","not"]}},"required":["op"],"allOf":[{"if":{"properties":{"op":{"enum":["gt","gte","lt","lte","eq","neq"]}},"required":["op"]},"then":{"$ref":"#/$defs/Comparison"}},{"if":{"properties":{"op":{"enum":["and","or"]}},"required":["op"]},"then":{"$ref":"#/$defs/LogicalCondition"}},{"if":{"properties":{"op":{"const":"not"}},"required":["op"]},"then":{"$ref":"#/$defs/NotCondition"}}],"examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"}}]};
const schema88 = {"title":"Comparison","description":"Compares two operands, optionally with a hysteresis tolerance.","type":"object","properties":{"op":{"description":"Comparison operator.","enum":["gt","gte","lt","lte","eq","neq"],"examples":["gt"]},"id":{"description":"Unique id; keys the hysteresis state (default: the JSON pointer of this node).","$ref":"#/$defs/NodeId","examples":["trend"]},"left":{"description":"Left operand.","$ref":"#/$defs/Operand","examples":[{"ref":"spy_price"}]},"right":{"description":"Right operand.","$ref":"#/$defs/Operand","examples":[{"ref":"spy_sma50"},0]},"tolerance":{"description":"Hysteresis band (gt/gte/lt/lte) or approximate equality (eq/neq).","$ref":"#/$defs/Tolerance","examples":[{"value":2,"mode":"relative"}]}},"required":["op","left","right"],"additionalProperties":false,"examples":[{"op":"gt","left":{"ref":"spy_price"},"right":{"ref":"spy_sma50"},"tolerance":{"value":2,"mode":"relative"}}]};
const schema91 = {"title":"Tolerance","description":"Hysteresis band on gt/gte/lt/lte (approximate equality on eq/neq).","type":"object","properties":{"value":{"description":"Band width: an absolute amount, or a percentage of |right| when mode is 'relative'.","type":"number","minimum":0,"examples":[2]},"mode":{"description":"'absolute': band = value; 'relative': band = |right| x value / 100.","enum":["absolute","relative"],"examples":["relative"]}},"required":["value","mode"],"additionalProperties":false,"examples":[{"value":2,"mode":"relative"}]};
const schema90 = {"title":"Operand","description":"A number or a feature ref.","anyOf":[{"type":"number"},{"$ref":"#/$defs/Ref"}],"examples":[0,{"ref":"spy_price"}]};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema90.anyOf[0].type,parentSchema:schema90.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema90.anyOf,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate77.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate77.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.left === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.right === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'",schema:schema88.required,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "id")) || (key0 === "left")) || (key0 === "right")) || (key0 === "tolerance"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(!((((((data0 === "gt") || (data0 === "gte")) || (data0 === "lt")) || (data0 === "lte")) || (data0 === "eq")) || (data0 === "neq"))){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema88.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema88.properties.op.enum,parentSchema:schema88.properties.op,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.left !== undefined){
if(!(validate77(data.left, {instancePath:instancePath+"/left",parentData:data,parentDataProperty:"left",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.right !== undefined){
if(!(validate77(data.right, {instancePath:instancePath+"/right",parentData:data,parentDataProperty:"right",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.tolerance !== undefined){
let data4 = data.tolerance;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.value === undefined){
const err8 = {instancePath:instancePath+"/tolerance",schemaPath:"#/$defs/Tolerance/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema91.required,parentSchema:schema91,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.mode === undefined){
const err9 = {instancePath:instancePath+"/tolerance",schemaPath:"#/$defs/Tolerance/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema91.required,parentSchema:schema91,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "value") || (key1 === "mode"))){
const err10 = {instancePath:instancePath+"/tolerance",schemaPath:"#/$defs/Tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.value !== undefined){
let data5 = data4.value;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/tolerance/value",schemaPath:"#/$defs/Tolerance/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema91.properties.value,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tolerance/value",schemaPath:"#/$defs/Tolerance/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema91.properties.value.type,parentSchema:schema91.properties.value,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.mode !== undefined){
let data6 = data4.mode;
if(!((data6 === "absolute") || (data6 === "relative"))){
const err13 = {instancePath:instancePath+"/tolerance/mode",schemaPath:"#/$defs/Tolerance/properties/mode/enum",keyword:"enum",params:{allowedValues: schema91.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.mode.enum,parentSchema:schema91.properties.mode,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/tolerance",schemaPath:"#/$defs/Tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"title":"LogicalCondition","description":"All (and) or any (or) of its conditions.","type":"object","properties":{"op":{"description":"Logical operator.","enum":["and","or"],"examples":["and"]},"id":{"description":"Unique id of this condition.","$ref":"#/$defs/NodeId","examples":["both"]},"args":{"description":"The conditions combined (at least 1).","type":"array","items":{"$ref":"#/$defs/Condition"},"minItems":1,"maxItems":1000,"examples":[[{"op":"gt","left":{"ref":"a"},"right":0}]]}},"required":["op","args"],"additionalProperties":false,"examples":[{"op":"and","args":[{"op":"gt","left":{"ref":"a"},"right":0},{"op":"lt","left":{"ref":"b"},"right":1}]}]};
const wrapper1 = {validate: validate75};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.args === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "args"},message:"must have required property '"+"args"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "args"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(!((data0 === "and") || (data0 === "or"))){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema92.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema92.properties.op.enum,parentSchema:schema92.properties.op,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.args !== undefined){
let data2 = data.args;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err7 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema92.properties.args,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.properties.args,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper1.validate(data2[i0], {instancePath:instancePath+"/args/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.args.type,parentSchema:schema92.properties.args,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema94 = {"title":"NotCondition","description":"Negation of a condition.","type":"object","properties":{"op":{"description":"Logical operator 'not'.","const":"not","examples":["not"]},"id":{"description":"Unique id of this condition.","$ref":"#/$defs/NodeId","examples":["not_trend"]},"arg":{"description":"The condition negated.","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"a"},"right":0}]}},"required":["op","arg"],"additionalProperties":false,"examples":[{"op":"not","arg":{"op":"gt","left":{"ref":"a"},"right":0}}]};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.arg === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arg"},message:"must have required property '"+"arg"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "arg"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("not" !== data0){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "not"},message:"must be equal to constant",schema:"not",parentSchema:schema94.properties.op,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.arg !== undefined){
if(!(wrapper1.validate(data.arg, {instancePath:instancePath+"/arg",parentData:data,parentDataProperty:"arg",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.op === undefined) && (missing0 = "op")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.op !== undefined){
let data0 = data.op;
if(!((((((data0 === "gt") || (data0 === "gte")) || (data0 === "lt")) || (data0 === "lte")) || (data0 === "eq")) || (data0 === "neq"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema87.allOf[0].if,parentSchema:schema87.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.op === undefined) && (missing1 = "op")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.op !== undefined){
let data1 = data.op;
if(!((data1 === "and") || (data1 === "or"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema87.allOf[1].if,parentSchema:schema87.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.op === undefined) && (missing2 = "op")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.op !== undefined){
if("not" !== data.op){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema87.allOf[2].if,parentSchema:schema87.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.op = true;
}
if(data.op !== undefined){
let data3 = data.op;
if(!(((((((((data3 === "gt") || (data3 === "gte")) || (data3 === "lt")) || (data3 === "lte")) || (data3 === "eq")) || (data3 === "neq")) || (data3 === "and")) || (data3 === "or")) || (data3 === "not"))){
const err10 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema87.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema87.properties.op.enum,parentSchema:schema87.properties.op,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate75.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate75.evaluated = {"dynamicProps":true,"dynamicItems":false};

const wrapper3 = {validate: validate71};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cond === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cond"},message:"must have required property '"+"cond"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.then === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "then"},message:"must have required property '"+"then"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.else === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "else"},message:"must have required property '"+"else"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "id")) || (key0 === "cond")) || (key0 === "then")) || (key0 === "else"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("if" !== data0){
const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "if"},message:"must be equal to constant",schema:"if",parentSchema:schema85.properties.op,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cond !== undefined){
if(!(validate75(data.cond, {instancePath:instancePath+"/cond",parentData:data,parentDataProperty:"cond",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.then !== undefined){
if(!(wrapper3.validate(data.then, {instancePath:instancePath+"/then",parentData:data,parentDataProperty:"then",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
if(data.else !== undefined){
if(!(wrapper3.validate(data.else, {instancePath:instancePath+"/else",parentData:data,parentDataProperty:"else",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"title":"SelectNode","description":"Ranks and filters candidate assets, keeps the first N, and weights them.","type":"object","properties":{"op":{"description":"Node kind 'select'.","const":"select","examples":["select"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["top_momentum"]},"from":{"description":"Candidate asset ids; default the whole universe (point in time for a dynamic universe).","type":"array","items":{"$ref":"#/$defs/AssetId"},"minItems":1,"maxItems":10000,"uniqueItems":true,"examples":[["us:SPY","us:TLT"]]},"rank":{"description":"Per-asset feature to rank by; required when count or fraction is given.","$ref":"#/$defs/Ref","examples":[{"ref":"mom126"}]},"order":{"description":"'desc' (default): highest score first; 'asc': lowest first.","enum":["desc","asc"],"examples":["desc"]},"count":{"description":"Keep the first N ranked candidates (at most one of count/fraction).","type":"integer","minimum":1,"maximum":10000,"examples":[3]},"fraction":{"description":"Keep floor(n*fraction) candidates, at least 1 when n >= 1 (at most one of count/fraction).","type":"number","exclusiveMinimum":0,"maximum":1,"examples":[0.1]},"filter":{"description":"Per-asset condition; refs to per-asset features read each candidate's value.","$ref":"#/$defs/Condition","examples":[{"op":"gt","left":{"ref":"mom126"},"right":0}]},"weighting":{"description":"How the kept assets are weighted; default { scheme: 'equal' }.","$ref":"#/$defs/Weighting","examples":[{"scheme":"equal"}]}},"required":["op"],"dependentRequired":{"count":["rank"],"fraction":["rank"]},"additionalProperties":false,"examples":[{"op":"select","rank":{"ref":"mom126"},"count":3}]};
import func0_module from "ajv/dist/runtime/equal.js";
const func0 = func0_module.default ?? func0_module;
const schema99 = {"title":"Weighting","description":"How a select or weight node splits its weight; 'scheme' selects the shape.","type":"object","properties":{"scheme":{"description":"How the selected assets are weighted; its other properties depend on it.","enum":["equal","inverse_volatility","proportional","specified"]}},"required":["scheme"],"allOf":[{"if":{"properties":{"scheme":{"const":"equal"}},"required":["scheme"]},"then":{"$ref":"#/$defs/EqualWeighting"}},{"if":{"properties":{"scheme":{"const":"inverse_volatility"}},"required":["scheme"]},"then":{"$ref":"#/$defs/InverseVolatilityWeighting"}},{"if":{"properties":{"scheme":{"const":"proportional"}},"required":["scheme"]},"then":{"$ref":"#/$defs/ProportionalWeighting"}},{"if":{"properties":{"scheme":{"const":"specified"}},"required":["scheme"]},"then":{"$ref":"#/$defs/SpecifiedWeighting"}}],"examples":[{"scheme":"equal"}]};
const schema100 = {"title":"EqualWeighting","description":"Equal weights.","type":"object","properties":{"scheme":{"description":"Scheme 'equal'.","const":"equal","examples":["equal"]}},"required":["scheme"],"additionalProperties":false,"examples":[{"scheme":"equal"}]};
const schema101 = {"title":"InverseVolatilityWeighting","description":"w_i proportional to 1/stdev of the last `lookback` daily close returns.","type":"object","properties":{"scheme":{"description":"Scheme 'inverse_volatility'.","const":"inverse_volatility","examples":["inverse_volatility"]},"lookback":{"description":"Number of daily returns in the volatility estimate (>= 2).","type":"integer","minimum":2,"maximum":100000,"examples":[60]}},"required":["scheme","lookback"],"additionalProperties":false,"examples":[{"scheme":"inverse_volatility","lookback":60}]};
const schema103 = {"title":"SpecifiedWeighting","description":"Explicit weights by rank position (select) or list position (weight).","type":"object","properties":{"scheme":{"description":"Scheme 'specified'.","const":"specified","examples":["specified"]},"weights":{"description":"One weight per position.","type":"array","items":{"type":"number"},"minItems":1,"maxItems":10000,"examples":[[0.6,0.4]]}},"required":["scheme","weights"],"additionalProperties":false,"examples":[{"scheme":"specified","weights":[0.6,0.4]}]};
const schema102 = {"title":"ProportionalWeighting","description":"w_i proportional to max(score_i, 0) of a per-asset feature.","type":"object","properties":{"scheme":{"description":"Scheme 'proportional'.","const":"proportional","examples":["proportional"]},"by":{"description":"The per-asset feature giving each score.","$ref":"#/$defs/Ref","examples":[{"ref":"mom126"}]}},"required":["scheme","by"],"additionalProperties":false,"examples":[{"scheme":"proportional","by":{"ref":"mom126"}}]};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.by === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "scheme") || (key0 === "by"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.scheme !== undefined){
let data0 = data.scheme;
if("proportional" !== data0){
const err3 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/const",keyword:"const",params:{allowedValue: "proportional"},message:"must be equal to constant",schema:"proportional",parentSchema:schema102.properties.scheme,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.by !== undefined){
if(!(validate64(data.by, {instancePath:instancePath+"/by",parentData:data,parentDataProperty:"by",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.scheme === undefined) && (missing0 = "scheme")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.scheme !== undefined){
if("equal" !== data.scheme){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/EqualWeighting/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "scheme")){
const err3 = {instancePath,schemaPath:"#/$defs/EqualWeighting/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.scheme !== undefined){
let data1 = data.scheme;
if("equal" !== data1){
const err4 = {instancePath:instancePath+"/scheme",schemaPath:"#/$defs/EqualWeighting/properties/scheme/const",keyword:"const",params:{allowedValue: "equal"},message:"must be equal to constant",schema:"equal",parentSchema:schema100.properties.scheme,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/EqualWeighting/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema99.allOf[0].if,parentSchema:schema99.allOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs11 = errors;
let valid5 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.scheme === undefined) && (missing1 = "scheme")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.scheme !== undefined){
if("inverse_volatility" !== data.scheme){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme === undefined){
const err9 = {instancePath,schemaPath:"#/$defs/InverseVolatilityWeighting/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.lookback === undefined){
const err10 = {instancePath,schemaPath:"#/$defs/InverseVolatilityWeighting/required",keyword:"required",params:{missingProperty: "lookback"},message:"must have required property '"+"lookback"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "scheme") || (key1 === "lookback"))){
const err11 = {instancePath,schemaPath:"#/$defs/InverseVolatilityWeighting/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.scheme !== undefined){
let data3 = data.scheme;
if("inverse_volatility" !== data3){
const err12 = {instancePath:instancePath+"/scheme",schemaPath:"#/$defs/InverseVolatilityWeighting/properties/scheme/const",keyword:"const",params:{allowedValue: "inverse_volatility"},message:"must be equal to constant",schema:"inverse_volatility",parentSchema:schema101.properties.scheme,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.lookback !== undefined){
let data4 = data.lookback;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/lookback",schemaPath:"#/$defs/InverseVolatilityWeighting/properties/lookback/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema101.properties.lookback.type,parentSchema:schema101.properties.lookback,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/lookback",schemaPath:"#/$defs/InverseVolatilityWeighting/properties/lookback/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema101.properties.lookback,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 2 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/lookback",schemaPath:"#/$defs/InverseVolatilityWeighting/properties/lookback/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema101.properties.lookback,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/InverseVolatilityWeighting/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid5 = _valid1;
if(valid5){
var props1 = true;
}
}
if(!valid5){
const err17 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema99.allOf[1].if,parentSchema:schema99.allOf[1],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.scheme === undefined) && (missing2 = "scheme")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.scheme !== undefined){
if("proportional" !== data.scheme){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid2 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs25 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid2 = _errs25 === errors;
valid9 = _valid2;
if(valid9){
var props2 = true;
}
}
if(!valid9){
const err20 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema99.allOf[2].if,parentSchema:schema99.allOf[2],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.scheme === undefined) && (missing3 = "scheme")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data.scheme !== undefined){
if("specified" !== data.scheme){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid3 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs30 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme === undefined){
const err23 = {instancePath,schemaPath:"#/$defs/SpecifiedWeighting/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.weights === undefined){
const err24 = {instancePath,schemaPath:"#/$defs/SpecifiedWeighting/required",keyword:"required",params:{missingProperty: "weights"},message:"must have required property '"+"weights"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data){
if(!((key2 === "scheme") || (key2 === "weights"))){
const err25 = {instancePath,schemaPath:"#/$defs/SpecifiedWeighting/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.scheme !== undefined){
let data7 = data.scheme;
if("specified" !== data7){
const err26 = {instancePath:instancePath+"/scheme",schemaPath:"#/$defs/SpecifiedWeighting/properties/scheme/const",keyword:"const",params:{allowedValue: "specified"},message:"must be equal to constant",schema:"specified",parentSchema:schema103.properties.scheme,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.weights !== undefined){
let data8 = data.weights;
if(Array.isArray(data8)){
if(data8.length > 10000){
const err27 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/SpecifiedWeighting/properties/weights/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema103.properties.weights,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.length < 1){
const err28 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/SpecifiedWeighting/properties/weights/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.properties.weights,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/weights/" + i0,schemaPath:"#/$defs/SpecifiedWeighting/properties/weights/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema103.properties.weights.items.type,parentSchema:schema103.properties.weights.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/weights",schemaPath:"#/$defs/SpecifiedWeighting/properties/weights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.weights.type,parentSchema:schema103.properties.weights,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/$defs/SpecifiedWeighting/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid11 = _valid3;
if(valid11){
var props3 = true;
}
}
if(!valid11){
const err32 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema99.allOf[3].if,parentSchema:schema99.allOf[3],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.scheme = true;
}
if(data.scheme !== undefined){
let data10 = data.scheme;
if(!((((data10 === "equal") || (data10 === "inverse_volatility")) || (data10 === "proportional")) || (data10 === "specified"))){
const err34 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema99.properties.scheme.enum},message:"must be equal to one of the allowed values",schema:schema99.properties.scheme.enum,parentSchema:schema99.properties.scheme,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate91.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate91.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema96.required,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema96.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("select" !== data0){
const err2 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "select"},message:"must be equal to constant",schema:"select",parentSchema:schema96.properties.op,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.from !== undefined){
let data2 = data.from;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err6 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema96.properties.from,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96.properties.from,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 64){
const err8 = {instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err11 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema96.properties.from,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.properties.from.type,parentSchema:schema96.properties.from,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rank !== undefined){
if(!(validate64(data.rank, {instancePath:instancePath+"/rank",parentData:data,parentDataProperty:"rank",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.order !== undefined){
let data5 = data.order;
if(!((data5 === "desc") || (data5 === "asc"))){
const err13 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/enum",keyword:"enum",params:{allowedValues: schema96.properties.order.enum},message:"must be equal to one of the allowed values",schema:schema96.properties.order.enum,parentSchema:schema96.properties.order,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.count !== undefined){
let data6 = data.count;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema96.properties.count.type,parentSchema:schema96.properties.count,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema96.properties.count,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema96.properties.count,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.fraction !== undefined){
let data7 = data.fraction;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/fraction",schemaPath:"#/properties/fraction/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema96.properties.fraction,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/fraction",schemaPath:"#/properties/fraction/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema96.properties.fraction,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/fraction",schemaPath:"#/properties/fraction/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema96.properties.fraction.type,parentSchema:schema96.properties.fraction,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.filter !== undefined){
if(!(validate75(data.filter, {instancePath:instancePath+"/filter",parentData:data,parentDataProperty:"filter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.weighting !== undefined){
if(!(validate91(data.weighting, {instancePath:instancePath+"/weighting",parentData:data,parentDataProperty:"weighting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
if(data.count !== undefined){
if(data.rank === undefined){
const err20 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "count",
    missingProperty: "rank",
    depsCount: 1,
    deps: "rank"},message:"must have property rank when property count is present",schema:schema96.dependentRequired,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.fraction !== undefined){
if(data.rank === undefined){
const err21 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "fraction",
    missingProperty: "rank",
    depsCount: 1,
    deps: "rank"},message:"must have property rank when property fraction is present",schema:schema96.dependentRequired,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema96.type,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema104 = {"title":"WeightNode","description":"A weighting over a fixed list of assets.","type":"object","properties":{"op":{"description":"Node kind 'weight'.","const":"weight","examples":["weight"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["balanced"]},"assets":{"description":"Asset ids to weight, in list order.","type":"array","items":{"$ref":"#/$defs/AssetId"},"minItems":1,"maxItems":10000,"uniqueItems":true,"examples":[["us:SPY","us:IEF"]]},"weighting":{"description":"How the assets are weighted.","$ref":"#/$defs/Weighting","examples":[{"scheme":"specified","weights":[0.6,0.4]}]}},"required":["op","assets","weighting"],"additionalProperties":false,"examples":[{"op":"weight","assets":["us:SPY","us:IEF"],"weighting":{"scheme":"equal"}}]};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.assets === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assets"},message:"must have required property '"+"assets"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.weighting === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weighting"},message:"must have required property '"+"weighting"+"'",schema:schema104.required,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "id")) || (key0 === "assets")) || (key0 === "weighting"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("weight" !== data0){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "weight"},message:"must be equal to constant",schema:"weight",parentSchema:schema104.properties.op,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assets !== undefined){
let data2 = data.assets;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err8 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema104.properties.assets,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema104.properties.assets,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 64){
const err10 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/$defs/AssetId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/$defs/AssetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/assets/" + i0,schemaPath:"#/$defs/AssetId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err13 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema104.properties.assets,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/assets",schemaPath:"#/properties/assets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.assets.type,parentSchema:schema104.properties.assets,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.weighting !== undefined){
if(!(validate91(data.weighting, {instancePath:instancePath+"/weighting",parentData:data,parentDataProperty:"weighting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema107 = {"title":"GroupNode","description":"A weighted mix of child nodes.","type":"object","properties":{"op":{"description":"Node kind 'group'.","const":"group","examples":["group"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["core_satellite"]},"children":{"description":"The weighted legs.","type":"array","items":{"$ref":"#/$defs/GroupChild"},"minItems":1,"maxItems":10000,"examples":[[{"weight":1,"node":{"op":"cash"}}]]}},"required":["op","children"],"additionalProperties":false,"examples":[{"op":"group","children":[{"weight":0.5,"node":{"op":"cash"}}]}]};
const schema109 = {"title":"GroupChild","description":"One weighted leg of a group.","type":"object","properties":{"weight":{"description":"Multiplier of the leg's weights (negative shorts the leg).","type":"number","examples":[0.5]},"node":{"description":"The leg.","$ref":"#/$defs/Node","examples":[{"op":"allocate","weights":{"us:SPY":1}}]}},"required":["weight","node"],"additionalProperties":false,"examples":[{"weight":0.5,"node":{"op":"cash"}}]};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.weight === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.node === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema109.required,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "weight") || (key0 === "node"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.weight !== undefined){
let data0 = data.weight;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema109.properties.weight.type,parentSchema:schema109.properties.weight,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.node !== undefined){
if(!(wrapper3.validate(data.node, {instancePath:instancePath+"/node",parentData:data,parentDataProperty:"node",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema109.type,parentSchema:schema109,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.children === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "children"},message:"must have required property '"+"children"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "id")) || (key0 === "children"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("group" !== data0){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "group"},message:"must be equal to constant",schema:"group",parentSchema:schema107.properties.op,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.children !== undefined){
let data2 = data.children;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err7 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema107.properties.children,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema107.properties.children,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate101(data2[i0], {instancePath:instancePath+"/children/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.children.type,parentSchema:schema107.properties.children,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema110 = {"title":"CashNode","description":"All weights zero.","type":"object","properties":{"op":{"description":"Node kind 'cash'.","const":"cash","examples":["cash"]},"id":{"description":"Unique id of this node.","$ref":"#/$defs/NodeId","examples":["flat"]}},"required":["op"],"additionalProperties":false,"examples":[{"op":"cash"}]};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "op") || (key0 === "id"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if("cash" !== data0){
const err2 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "cash"},message:"must be equal to constant",schema:"cash",parentSchema:schema110.properties.op,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/NodeId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.type,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.op === undefined) && (missing0 = "op")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.op !== undefined){
if("allocate" !== data.op){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[0].if,parentSchema:schema81.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.op === undefined) && (missing1 = "op")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.op !== undefined){
if("if" !== data.op){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
if(valid3){
var props1 = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[1].if,parentSchema:schema81.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.op === undefined) && (missing2 = "op")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.op !== undefined){
if("select" !== data.op){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props2 = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[2].if,parentSchema:schema81.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.op === undefined) && (missing3 = "op")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.op !== undefined){
if("weight" !== data.op){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
if(valid7){
var props3 = true;
}
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[3].if,parentSchema:schema81.allOf[3],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.op === undefined) && (missing4 = "op")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.op !== undefined){
if("group" !== data.op){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
if(valid9){
var props4 = true;
}
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[4].if,parentSchema:schema81.allOf[4],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.op === undefined) && (missing5 = "op")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.op !== undefined){
if("cash" !== data.op){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid5 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs30 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid5 = _errs30 === errors;
valid11 = _valid5;
if(valid11){
var props5 = true;
}
}
if(!valid11){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema81.allOf[5].if,parentSchema:schema81.allOf[5],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.op = true;
}
if(data.op !== undefined){
let data6 = data.op;
if(!((((((data6 === "allocate") || (data6 === "if")) || (data6 === "select")) || (data6 === "weight")) || (data6 === "group")) || (data6 === "cash"))){
const err19 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema81.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.op.enum,parentSchema:schema81.properties.op,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate71.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://tactical.dev/schemas/tactical-v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.universe === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "universe"},message:"must have required property '"+"universe"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.features === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rules === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("tactical/v1" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "tactical/v1"},message:"must be equal to constant",schema:"tactical/v1",parentSchema:schema31.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.name,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 10000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema31.properties.description,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.calendar !== undefined){
let data4 = data.calendar;
if(typeof data4 === "string"){
if(func2(data4) > 16){
const err11 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters",schema:16,parentSchema:schema31.properties.calendar,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data4) < 1){
const err12 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.calendar,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.calendar.type,parentSchema:schema31.properties.calendar,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.universe !== undefined){
if(!(validate21(data.universe, {instancePath:instancePath+"/universe",parentData:data,parentDataProperty:"universe",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.rebalance !== undefined){
if(!(validate25(data.rebalance, {instancePath:instancePath+"/rebalance",parentData:data,parentDataProperty:"rebalance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.execution !== undefined){
if(!(validate27(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.features !== undefined){
let data8 = data.features;
if(Array.isArray(data8)){
if(data8.length > 1000){
const err14 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.features,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate31(data8[i0], {instancePath:instancePath+"/features/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.features.type,parentSchema:schema31.properties.features,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.rules !== undefined){
if(!(validate71(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

