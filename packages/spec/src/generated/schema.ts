// generated — do not edit; run pnpm generate (source: schemas/tactical-v1.schema.json)
/** The schema as data, for the error mapper (allowed names, union tags). */
export const schema: Record<string, unknown> = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://tactical.dev/schemas/tactical-v1.schema.json",
  "title": "TacticalSpec",
  "description": "A tactical v1 strategy: a universe, features computed from bars, and a rule tree deciding target weights on each rebalance session. See docs/spec-language.md.",
  "type": "object",
  "properties": {
    "$schema": {
      "description": "Path or URL of this JSON Schema, for editor support; ignored by the engine.",
      "type": "string",
      "examples": [
        "../../schemas/tactical-v1.schema.json"
      ]
    },
    "kind": {
      "description": "Language version tag. This schema reads 'tactical/v1'; migrate() upgrades older versions.",
      "const": "tactical/v1",
      "examples": [
        "tactical/v1"
      ]
    },
    "name": {
      "description": "Short name of the strategy.",
      "type": "string",
      "maxLength": 200,
      "examples": [
        "spy-ief-trend"
      ]
    },
    "description": {
      "description": "Free text for humans; ignored by the engine.",
      "type": "string",
      "maxLength": 10000,
      "examples": [
        "Hold SPY above its 50-session SMA, IEF below."
      ]
    },
    "calendar": {
      "description": "Exchange calendar code whose sessions drive the strategy; default 'XNYS' (also 'NYSE', 'XLON', 'LSE').",
      "type": "string",
      "minLength": 1,
      "maxLength": 16,
      "examples": [
        "XNYS",
        "XLON"
      ]
    },
    "universe": {
      "description": "The tradable assets: a fixed list, or a dynamic index resolved point in time by the data feed.",
      "$ref": "#/$defs/Universe",
      "examples": [
        [
          {
            "id": "us:SPY",
            "symbol": "SPY"
          },
          {
            "id": "us:IEF",
            "symbol": "IEF"
          }
        ],
        {
          "index": "SP500"
        }
      ]
    },
    "rebalance": {
      "description": "When the rule tree is evaluated; default { frequency: 'Daily' }.",
      "$ref": "#/$defs/Rebalance",
      "examples": [
        {
          "frequency": "Monthly"
        }
      ]
    },
    "execution": {
      "description": "How targets become orders and fills; every field has a default.",
      "$ref": "#/$defs/Execution",
      "examples": [
        {
          "fill": "next_open",
          "slippageBps": 5
        }
      ]
    },
    "features": {
      "description": "Named series computed from bars, calendars and events (at most 1,000; may be empty).",
      "type": "array",
      "items": {
        "$ref": "#/$defs/Feature"
      },
      "maxItems": 1000,
      "examples": [
        [
          {
            "id": "spy_sma50",
            "kind": "sma",
            "asset": "us:SPY",
            "period": 50
          }
        ]
      ]
    },
    "rules": {
      "description": "The rule tree: evaluated on each rebalance session, it yields target weights per asset.",
      "$ref": "#/$defs/Node",
      "examples": [
        {
          "op": "allocate",
          "weights": {
            "us:SPY": 1
          }
        }
      ]
    }
  },
  "required": [
    "kind",
    "universe",
    "features",
    "rules"
  ],
  "additionalProperties": false,
  "examples": [
    {
      "kind": "tactical/v1",
      "universe": [
        {
          "id": "us:SPY",
          "symbol": "SPY"
        }
      ],
      "features": [],
      "rules": {
        "op": "allocate",
        "weights": {
          "us:SPY": 1
        }
      }
    }
  ],
  "$defs": {
    "AssetId": {
      "title": "AssetId",
      "description": "An asset id, e.g. 'us:SPY' (market prefix and symbol).",
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "examples": [
        "us:SPY"
      ]
    },
    "Asset": {
      "title": "Asset",
      "description": "A tradable instrument.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique id of the asset, used as the key in weights and asset lists.",
          "$ref": "#/$defs/AssetId",
          "examples": [
            "us:SPY"
          ]
        },
        "symbol": {
          "description": "Ticker the data feed knows the asset by (it names the data file): letters, digits and . _ - ^ =, not starting with . or - (docs/data.md).",
          "type": "string",
          "minLength": 1,
          "maxLength": 32,
          "pattern": "^[A-Za-z0-9^_=][A-Za-z0-9._^=-]*$",
          "examples": [
            "SPY"
          ]
        },
        "exchange": {
          "description": "Listing exchange code, when it matters to the data feed.",
          "type": "string",
          "minLength": 1,
          "maxLength": 16,
          "examples": [
            "ARCX"
          ]
        }
      },
      "required": [
        "id",
        "symbol"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "us:SPY",
          "symbol": "SPY"
        }
      ]
    },
    "AssetRef": {
      "title": "AssetRef",
      "description": "An asset named by its bare id, or seed 003's { id, symbol } object (its id must match a universe asset, and its symbol that asset's symbol).",
      "anyOf": [
        {
          "$ref": "#/$defs/AssetId"
        },
        {
          "$ref": "#/$defs/Asset"
        }
      ],
      "examples": [
        "us:SPY",
        {
          "id": "us:SPY",
          "symbol": "SPY"
        }
      ]
    },
    "DynamicUniverse": {
      "title": "DynamicUniverse",
      "description": "A universe the data feed resolves point in time (an asset is a member only between entry and exit).",
      "type": "object",
      "properties": {
        "index": {
          "description": "Index whose point-in-time members form the universe.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "SP500"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "S&P 500 members, point in time"
          ]
        }
      },
      "required": [
        "index"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "index": "SP500"
        }
      ]
    },
    "Universe": {
      "title": "Universe",
      "description": "A fixed list of 1 to 10,000 assets, or a dynamic index.",
      "anyOf": [
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Asset"
          },
          "minItems": 1,
          "maxItems": 10000
        },
        {
          "$ref": "#/$defs/DynamicUniverse"
        }
      ],
      "examples": [
        [
          {
            "id": "us:SPY",
            "symbol": "SPY"
          }
        ],
        {
          "index": "SP500"
        }
      ]
    },
    "RebalanceFrequency": {
      "title": "RebalanceFrequency",
      "description": "How often the rule tree runs.",
      "enum": [
        "Daily",
        "Weekly",
        "Monthly",
        "Quarterly",
        "Yearly"
      ],
      "examples": [
        "Monthly"
      ]
    },
    "Rebalance": {
      "title": "Rebalance",
      "description": "When the rule tree is evaluated and orders are generated.",
      "type": "object",
      "properties": {
        "frequency": {
          "description": "Rebalance period; default 'Daily'.",
          "$ref": "#/$defs/RebalanceFrequency",
          "examples": [
            "Weekly",
            "Monthly"
          ]
        },
        "anchors": {
          "description": "N-th session of each period: 1 = first, 2 = second, -1 = last, -7 = seventh from last. Omitted: non-daily frequencies rebalance on the last session (-1). Not allowed with Daily; |n| must not exceed the longest period (week 5, month 23, quarter 66, year 253).",
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": -253,
            "maximum": 253,
            "not": {
              "const": 0
            }
          },
          "minItems": 1,
          "maxItems": 253,
          "uniqueItems": true,
          "examples": [
            [
              -1
            ],
            [
              16,
              -1
            ]
          ]
        },
        "drift": {
          "description": "Also rebalance on any session where some holding's weight differs from its last target by more than this absolute weight.",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1,
          "examples": [
            0.05
          ]
        }
      },
      "additionalProperties": false,
      "examples": [
        {
          "frequency": "Monthly",
          "anchors": [
            -1
          ]
        }
      ]
    },
    "Commission": {
      "title": "Commission",
      "description": "Per-order commission: max(minimum, notional*bps/1e4 + |shares|*perShare).",
      "type": "object",
      "properties": {
        "bps": {
          "description": "Basis points of the order notional; default 0.",
          "type": "number",
          "minimum": 0,
          "examples": [
            1
          ]
        },
        "perShare": {
          "description": "Charge per share traded; default 0.",
          "type": "number",
          "minimum": 0,
          "examples": [
            0.005
          ]
        },
        "minimum": {
          "description": "Minimum charge per order; default 0.",
          "type": "number",
          "minimum": 0,
          "examples": [
            1
          ]
        }
      },
      "additionalProperties": false,
      "examples": [
        {
          "perShare": 0.005,
          "minimum": 1
        }
      ]
    },
    "Execution": {
      "title": "Execution",
      "description": "How targets become orders and fills.",
      "type": "object",
      "properties": {
        "fill": {
          "description": "'next_open' (default): decide at session t's close, fill at t+1's open; 'close': fill at t's close.",
          "enum": [
            "next_open",
            "close"
          ],
          "examples": [
            "next_open"
          ]
        },
        "slippageBps": {
          "description": "Slippage in basis points; buys pay price*(1+bps/1e4), sells get price*(1-bps/1e4). Default 0.",
          "type": "number",
          "minimum": 0,
          "examples": [
            5
          ]
        },
        "commission": {
          "description": "Commission charged per order; default none.",
          "$ref": "#/$defs/Commission",
          "examples": [
            {
              "bps": 1
            }
          ]
        },
        "shares": {
          "description": "'fractional' (default) or 'whole' (rounds toward zero).",
          "enum": [
            "fractional",
            "whole"
          ],
          "examples": [
            "whole"
          ]
        },
        "cashReserve": {
          "description": "Fraction of equity kept in cash: targets are scaled by (1 - cashReserve). Default 0.",
          "type": "number",
          "minimum": 0,
          "exclusiveMaximum": 1,
          "examples": [
            0.05
          ]
        },
        "maxGrossExposure": {
          "description": "Largest allowed sum of |weight|; default 1. A static allocation above it is an error.",
          "type": "number",
          "exclusiveMinimum": 0,
          "examples": [
            1,
            1.5
          ]
        },
        "minTradeWeight": {
          "description": "Orders smaller than this fraction of equity are skipped; default 0.001.",
          "type": "number",
          "minimum": 0,
          "exclusiveMaximum": 1,
          "examples": [
            0.001
          ]
        },
        "returns": {
          "description": "'total' (default): holders are credited each cash dividend on its ex-date (shorts are debited), so results include dividends; 'price': dividends are ignored (price return only). The benchmark uses the same basis.",
          "enum": [
            "total",
            "price"
          ],
          "examples": [
            "price"
          ]
        },
        "borrowFeeBps": {
          "description": "Annual fee on short positions in basis points of their market value at the previous close, accrued per calendar day (days/365.25) and paid from cash each session. Default 0.",
          "type": "number",
          "minimum": 0,
          "examples": [
            50
          ]
        },
        "cashInterest": {
          "description": "What cash earns (negative cash pays the same): an effective annual rate (0.02 = 2% a year, compounded over the calendar days between sessions), or { asset } to earn that asset's total return (a cash proxy such as BIL). Default: cash earns nothing.",
          "anyOf": [
            {
              "type": "number",
              "exclusiveMinimum": -1,
              "maximum": 1
            },
            {
              "$ref": "#/$defs/CashProxy"
            }
          ],
          "examples": [
            0.02,
            {
              "asset": "us:BIL"
            }
          ]
        }
      },
      "additionalProperties": false,
      "examples": [
        {
          "fill": "close",
          "minTradeWeight": 0
        }
      ]
    },
    "CashProxy": {
      "title": "CashProxy",
      "description": "An asset of the universe whose total return (close plus dividends) cash earns each session.",
      "type": "object",
      "properties": {
        "asset": {
          "description": "Id of the cash-proxy asset: an asset of a fixed universe (it need not be traded); with a dynamic universe, a ticker of the data (read from the feed like a benchmark).",
          "$ref": "#/$defs/AssetId",
          "examples": [
            "us:BIL"
          ]
        }
      },
      "required": [
        "asset"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "asset": "us:BIL"
        }
      ]
    },
    "PriceField": {
      "title": "PriceField",
      "description": "A bar field.",
      "enum": [
        "open",
        "high",
        "low",
        "close",
        "adj_close",
        "volume"
      ],
      "examples": [
        "close"
      ]
    },
    "FeatureId": {
      "title": "FeatureId",
      "description": "A feature id: a letter or underscore, then letters, digits, underscores.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
      "maxLength": 64,
      "examples": [
        "spy_sma200"
      ]
    },
    "CalendarPeriod": {
      "title": "CalendarPeriod",
      "description": "A calendar period.",
      "enum": [
        "Weekly",
        "Monthly",
        "Quarterly",
        "Yearly"
      ],
      "examples": [
        "Monthly"
      ]
    },
    "Feature": {
      "title": "Feature",
      "description": "A named series; 'kind' selects its shape.",
      "type": "object",
      "properties": {
        "kind": {
          "description": "What this feature computes; its other properties depend on it.",
          "enum": [
            "price",
            "sma",
            "ema",
            "rsi",
            "return",
            "volatility",
            "drawdown",
            "field",
            "calendar",
            "event",
            "expr"
          ]
        }
      },
      "required": [
        "kind"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "kind": {
                "const": "price"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/PriceFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "sma"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/SmaFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "ema"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/EmaFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "rsi"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/RsiFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "return"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/ReturnFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "volatility"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/VolatilityFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "drawdown"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/DrawdownFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "field"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/FieldFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "calendar"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/CalendarFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "event"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/EventFeature"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "expr"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/$defs/ExprFeature"
          }
        }
      ],
      "examples": [
        {
          "id": "spy_price",
          "kind": "price",
          "asset": "us:SPY"
        }
      ]
    },
    "PriceFeature": {
      "title": "PriceFeature",
      "description": "The bar field itself.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'price'.",
          "const": "price",
          "examples": [
            "price"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_price",
          "kind": "price",
          "asset": "us:SPY"
        }
      ]
    },
    "SmaFeature": {
      "title": "SmaFeature",
      "description": "Simple moving average of the last `period` values.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'sma'.",
          "const": "sma",
          "examples": [
            "sma"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Window length in sessions (>= 1).",
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_sma50",
          "kind": "sma",
          "asset": "us:SPY",
          "period": 50
        }
      ]
    },
    "EmaFeature": {
      "title": "EmaFeature",
      "description": "Exponential moving average, alpha = 2/(period+1), seeded by the SMA of the first `period` values.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'ema'.",
          "const": "ema",
          "examples": [
            "ema"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Span in sessions (>= 1).",
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_ema20",
          "kind": "ema",
          "asset": "us:SPY",
          "period": 20
        }
      ]
    },
    "RsiFeature": {
      "title": "RsiFeature",
      "description": "Relative strength index with Wilder smoothing, 0..100.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'rsi'.",
          "const": "rsi",
          "examples": [
            "rsi"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Smoothing length in sessions (>= 1).",
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_rsi14",
          "kind": "rsi",
          "asset": "us:SPY",
          "period": 14
        }
      ]
    },
    "ReturnFeature": {
      "title": "ReturnFeature",
      "description": "Simple return over `period` sessions: x[t]/x[t-period] - 1.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'return'.",
          "const": "return",
          "examples": [
            "return"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Sessions back (>= 1).",
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "mom126",
          "kind": "return",
          "period": 126
        }
      ]
    },
    "VolatilityFeature": {
      "title": "VolatilityFeature",
      "description": "Sample standard deviation (n-1) of the last `period` daily simple returns.",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'volatility'.",
          "const": "volatility",
          "examples": [
            "volatility"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Number of daily returns (>= 2).",
          "type": "integer",
          "minimum": 2,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "annualize": {
          "description": "Multiply by sqrt(252); default false.",
          "type": "boolean",
          "examples": [
            true
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "vol20",
          "kind": "volatility",
          "period": 20,
          "annualize": true
        }
      ]
    },
    "DrawdownFeature": {
      "title": "DrawdownFeature",
      "description": "x[t] / max(x[t-period+1..t]) - 1 (<= 0).",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'drawdown'.",
          "const": "drawdown",
          "examples": [
            "drawdown"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Bar field to read; default 'close'.",
          "$ref": "#/$defs/PriceField",
          "examples": [
            "close",
            "adj_close"
          ]
        },
        "period": {
          "description": "Window length in sessions (>= 1).",
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "examples": [
            50,
            200
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_dd",
          "kind": "drawdown",
          "asset": "us:SPY",
          "period": 252
        }
      ]
    },
    "FieldFeature": {
      "title": "FieldFeature",
      "description": "Any extra data column of the bars, e.g. \"npy\".",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'field'.",
          "const": "field",
          "examples": [
            "field"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "asset": {
          "description": "The asset to read bars from. With it the feature is one number per session (scalar); without it the feature is computed for every universe asset (per-asset, used for ranking and filters).",
          "$ref": "#/$defs/AssetRef",
          "examples": [
            "us:SPY",
            {
              "id": "us:SPY",
              "symbol": "SPY"
            }
          ]
        },
        "field": {
          "description": "Name of the data column.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "npy"
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "field"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "npy",
          "kind": "field",
          "field": "npy"
        }
      ]
    },
    "CalendarFeature": {
      "title": "CalendarFeature",
      "description": "Position of the session in its calendar period (scalar).",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'calendar'.",
          "const": "calendar",
          "examples": [
            "calendar"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "period": {
          "description": "The calendar period measured.",
          "$ref": "#/$defs/CalendarPeriod",
          "examples": [
            "Monthly"
          ]
        },
        "measure": {
          "description": "'session_of_period': 1-based index of the session in its period; 'sessions_to_period_end': 0 on the last session.",
          "enum": [
            "session_of_period",
            "sessions_to_period_end"
          ],
          "examples": [
            "session_of_period"
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "period",
        "measure"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "session_no",
          "kind": "calendar",
          "period": "Monthly",
          "measure": "session_of_period"
        }
      ]
    },
    "EventFeature": {
      "title": "EventFeature",
      "description": "Per-asset: signed sessions from the latest known index event's effective date to t (NaN when none is known).",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'event'.",
          "const": "event",
          "examples": [
            "event"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "event": {
          "description": "The index membership event.",
          "enum": [
            "index_add",
            "index_remove"
          ],
          "examples": [
            "index_add"
          ]
        },
        "index": {
          "description": "Index whose events are read; default the universe's index.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "SP500"
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "event"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "since_add",
          "kind": "event",
          "event": "index_add"
        }
      ]
    },
    "ExprOp": {
      "title": "ExprOp",
      "description": "Arithmetic operator: neg/abs/log take 1 argument; sub/div 2; add/mul/min/max 2 or more.",
      "enum": [
        "add",
        "sub",
        "mul",
        "div",
        "neg",
        "abs",
        "min",
        "max",
        "log"
      ],
      "examples": [
        "div"
      ]
    },
    "ExprFeature": {
      "title": "ExprFeature",
      "description": "Arithmetic over numbers and other features; per-asset if any referenced feature is per-asset (scalars broadcast).",
      "type": "object",
      "properties": {
        "id": {
          "description": "Unique feature id, referenced from conditions, rankings and expressions as `{ \"ref\": id }`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma200"
          ]
        },
        "kind": {
          "description": "Feature kind discriminator: 'expr'.",
          "const": "expr",
          "examples": [
            "expr"
          ]
        },
        "description": {
          "description": "Free text for humans; ignored by the engine.",
          "type": "string",
          "maxLength": 1000,
          "examples": [
            "200-session simple moving average of SPY closes"
          ]
        },
        "op": {
          "description": "The operator.",
          "$ref": "#/$defs/ExprOp",
          "examples": [
            "div"
          ]
        },
        "args": {
          "description": "Operands: numbers, feature refs, or inline { op, args } expressions.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/ExprOperand"
          },
          "minItems": 1,
          "maxItems": 64,
          "examples": [
            [
              {
                "ref": "spy_price"
              },
              {
                "ref": "spy_sma200"
              }
            ]
          ]
        },
        "delay": {
          "description": "Read the value `delay` sessions back (0 = the current session).",
          "type": "integer",
          "minimum": 0,
          "maximum": 10000,
          "examples": [
            0,
            1
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "op",
        "args"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "id": "spy_vs_sma",
          "kind": "expr",
          "op": "div",
          "args": [
            {
              "ref": "spy_price"
            },
            {
              "ref": "spy_sma200"
            }
          ]
        }
      ]
    },
    "ExprNode": {
      "title": "ExprNode",
      "description": "An inline arithmetic expression.",
      "type": "object",
      "properties": {
        "op": {
          "description": "The operator.",
          "$ref": "#/$defs/ExprOp",
          "examples": [
            "sub"
          ]
        },
        "args": {
          "description": "Operands: numbers, feature refs, or nested expressions.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/ExprOperand"
          },
          "minItems": 1,
          "maxItems": 64,
          "examples": [
            [
              {
                "ref": "a"
              },
              1
            ]
          ]
        }
      },
      "required": [
        "op",
        "args"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "sub",
          "args": [
            {
              "ref": "a"
            },
            1
          ]
        }
      ]
    },
    "ExprOperand": {
      "title": "ExprOperand",
      "description": "A number, a feature ref, or an inline expression.",
      "anyOf": [
        {
          "type": "number"
        },
        {
          "$ref": "#/$defs/Ref"
        },
        {
          "$ref": "#/$defs/ExprNode"
        }
      ],
      "examples": [
        1,
        {
          "ref": "a"
        },
        {
          "op": "neg",
          "args": [
            {
              "ref": "a"
            }
          ]
        }
      ]
    },
    "Ref": {
      "title": "Ref",
      "description": "A reference to a feature by id.",
      "type": "object",
      "properties": {
        "ref": {
          "description": "Id of a feature declared in `features`.",
          "$ref": "#/$defs/FeatureId",
          "examples": [
            "spy_sma50"
          ]
        }
      },
      "required": [
        "ref"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "ref": "spy_sma50"
        }
      ]
    },
    "Operand": {
      "title": "Operand",
      "description": "A number or a feature ref.",
      "anyOf": [
        {
          "type": "number"
        },
        {
          "$ref": "#/$defs/Ref"
        }
      ],
      "examples": [
        0,
        {
          "ref": "spy_price"
        }
      ]
    },
    "Tolerance": {
      "title": "Tolerance",
      "description": "Hysteresis band on gt/gte/lt/lte (approximate equality on eq/neq).",
      "type": "object",
      "properties": {
        "value": {
          "description": "Band width: an absolute amount, or a percentage of |right| when mode is 'relative'.",
          "type": "number",
          "minimum": 0,
          "examples": [
            2
          ]
        },
        "mode": {
          "description": "'absolute': band = value; 'relative': band = |right| x value / 100.",
          "enum": [
            "absolute",
            "relative"
          ],
          "examples": [
            "relative"
          ]
        }
      },
      "required": [
        "value",
        "mode"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "value": 2,
          "mode": "relative"
        }
      ]
    },
    "NodeId": {
      "title": "NodeId",
      "description": "Optional unique id of a rule node or condition; the stable key of its hysteresis state.",
      "type": "string",
      "minLength": 1,
      "maxLength": 128,
      "examples": [
        "trend_filter"
      ]
    },
    "Condition": {
      "title": "Condition",
      "description": "A boolean condition; 'op' selects its shape.",
      "type": "object",
      "properties": {
        "op": {
          "description": "The comparison or logical operator; its other properties depend on it.",
          "enum": [
            "gt",
            "gte",
            "lt",
            "lte",
            "eq",
            "neq",
            "and",
            "or",
            "not"
          ]
        }
      },
      "required": [
        "op"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "op": {
                "enum": [
                  "gt",
                  "gte",
                  "lt",
                  "lte",
                  "eq",
                  "neq"
                ]
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/Comparison"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "enum": [
                  "and",
                  "or"
                ]
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/LogicalCondition"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "not"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/NotCondition"
          }
        }
      ],
      "examples": [
        {
          "op": "gt",
          "left": {
            "ref": "spy_price"
          },
          "right": {
            "ref": "spy_sma50"
          }
        }
      ]
    },
    "Comparison": {
      "title": "Comparison",
      "description": "Compares two operands, optionally with a hysteresis tolerance.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Comparison operator.",
          "enum": [
            "gt",
            "gte",
            "lt",
            "lte",
            "eq",
            "neq"
          ],
          "examples": [
            "gt"
          ]
        },
        "id": {
          "description": "Unique id; keys the hysteresis state (default: the JSON pointer of this node).",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "trend"
          ]
        },
        "left": {
          "description": "Left operand.",
          "$ref": "#/$defs/Operand",
          "examples": [
            {
              "ref": "spy_price"
            }
          ]
        },
        "right": {
          "description": "Right operand.",
          "$ref": "#/$defs/Operand",
          "examples": [
            {
              "ref": "spy_sma50"
            },
            0
          ]
        },
        "tolerance": {
          "description": "Hysteresis band (gt/gte/lt/lte) or approximate equality (eq/neq).",
          "$ref": "#/$defs/Tolerance",
          "examples": [
            {
              "value": 2,
              "mode": "relative"
            }
          ]
        }
      },
      "required": [
        "op",
        "left",
        "right"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "gt",
          "left": {
            "ref": "spy_price"
          },
          "right": {
            "ref": "spy_sma50"
          },
          "tolerance": {
            "value": 2,
            "mode": "relative"
          }
        }
      ]
    },
    "LogicalCondition": {
      "title": "LogicalCondition",
      "description": "All (and) or any (or) of its conditions.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Logical operator.",
          "enum": [
            "and",
            "or"
          ],
          "examples": [
            "and"
          ]
        },
        "id": {
          "description": "Unique id of this condition.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "both"
          ]
        },
        "args": {
          "description": "The conditions combined (at least 1).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/Condition"
          },
          "minItems": 1,
          "maxItems": 1000,
          "examples": [
            [
              {
                "op": "gt",
                "left": {
                  "ref": "a"
                },
                "right": 0
              }
            ]
          ]
        }
      },
      "required": [
        "op",
        "args"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "and",
          "args": [
            {
              "op": "gt",
              "left": {
                "ref": "a"
              },
              "right": 0
            },
            {
              "op": "lt",
              "left": {
                "ref": "b"
              },
              "right": 1
            }
          ]
        }
      ]
    },
    "NotCondition": {
      "title": "NotCondition",
      "description": "Negation of a condition.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Logical operator 'not'.",
          "const": "not",
          "examples": [
            "not"
          ]
        },
        "id": {
          "description": "Unique id of this condition.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "not_trend"
          ]
        },
        "arg": {
          "description": "The condition negated.",
          "$ref": "#/$defs/Condition",
          "examples": [
            {
              "op": "gt",
              "left": {
                "ref": "a"
              },
              "right": 0
            }
          ]
        }
      },
      "required": [
        "op",
        "arg"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "not",
          "arg": {
            "op": "gt",
            "left": {
              "ref": "a"
            },
            "right": 0
          }
        }
      ]
    },
    "Weighting": {
      "title": "Weighting",
      "description": "How a select or weight node splits its weight; 'scheme' selects the shape.",
      "type": "object",
      "properties": {
        "scheme": {
          "description": "How the selected assets are weighted; its other properties depend on it.",
          "enum": [
            "equal",
            "inverse_volatility",
            "proportional",
            "specified"
          ]
        }
      },
      "required": [
        "scheme"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "scheme": {
                "const": "equal"
              }
            },
            "required": [
              "scheme"
            ]
          },
          "then": {
            "$ref": "#/$defs/EqualWeighting"
          }
        },
        {
          "if": {
            "properties": {
              "scheme": {
                "const": "inverse_volatility"
              }
            },
            "required": [
              "scheme"
            ]
          },
          "then": {
            "$ref": "#/$defs/InverseVolatilityWeighting"
          }
        },
        {
          "if": {
            "properties": {
              "scheme": {
                "const": "proportional"
              }
            },
            "required": [
              "scheme"
            ]
          },
          "then": {
            "$ref": "#/$defs/ProportionalWeighting"
          }
        },
        {
          "if": {
            "properties": {
              "scheme": {
                "const": "specified"
              }
            },
            "required": [
              "scheme"
            ]
          },
          "then": {
            "$ref": "#/$defs/SpecifiedWeighting"
          }
        }
      ],
      "examples": [
        {
          "scheme": "equal"
        }
      ]
    },
    "EqualWeighting": {
      "title": "EqualWeighting",
      "description": "Equal weights.",
      "type": "object",
      "properties": {
        "scheme": {
          "description": "Scheme 'equal'.",
          "const": "equal",
          "examples": [
            "equal"
          ]
        }
      },
      "required": [
        "scheme"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "scheme": "equal"
        }
      ]
    },
    "InverseVolatilityWeighting": {
      "title": "InverseVolatilityWeighting",
      "description": "w_i proportional to 1/stdev of the last `lookback` daily close returns.",
      "type": "object",
      "properties": {
        "scheme": {
          "description": "Scheme 'inverse_volatility'.",
          "const": "inverse_volatility",
          "examples": [
            "inverse_volatility"
          ]
        },
        "lookback": {
          "description": "Number of daily returns in the volatility estimate (>= 2).",
          "type": "integer",
          "minimum": 2,
          "maximum": 100000,
          "examples": [
            60
          ]
        }
      },
      "required": [
        "scheme",
        "lookback"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "scheme": "inverse_volatility",
          "lookback": 60
        }
      ]
    },
    "ProportionalWeighting": {
      "title": "ProportionalWeighting",
      "description": "w_i proportional to max(score_i, 0) of a per-asset feature.",
      "type": "object",
      "properties": {
        "scheme": {
          "description": "Scheme 'proportional'.",
          "const": "proportional",
          "examples": [
            "proportional"
          ]
        },
        "by": {
          "description": "The per-asset feature giving each score.",
          "$ref": "#/$defs/Ref",
          "examples": [
            {
              "ref": "mom126"
            }
          ]
        }
      },
      "required": [
        "scheme",
        "by"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "scheme": "proportional",
          "by": {
            "ref": "mom126"
          }
        }
      ]
    },
    "SpecifiedWeighting": {
      "title": "SpecifiedWeighting",
      "description": "Explicit weights by rank position (select) or list position (weight).",
      "type": "object",
      "properties": {
        "scheme": {
          "description": "Scheme 'specified'.",
          "const": "specified",
          "examples": [
            "specified"
          ]
        },
        "weights": {
          "description": "One weight per position.",
          "type": "array",
          "items": {
            "type": "number"
          },
          "minItems": 1,
          "maxItems": 10000,
          "examples": [
            [
              0.6,
              0.4
            ]
          ]
        }
      },
      "required": [
        "scheme",
        "weights"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "scheme": "specified",
          "weights": [
            0.6,
            0.4
          ]
        }
      ]
    },
    "Node": {
      "title": "Node",
      "description": "A rule node; 'op' selects its shape.",
      "type": "object",
      "properties": {
        "op": {
          "description": "What this rule node does; its other properties depend on it.",
          "enum": [
            "allocate",
            "if",
            "select",
            "weight",
            "group",
            "cash"
          ]
        }
      },
      "required": [
        "op"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "op": {
                "const": "allocate"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/AllocateNode"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "if"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/IfNode"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "select"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/SelectNode"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "weight"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/WeightNode"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "group"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/GroupNode"
          }
        },
        {
          "if": {
            "properties": {
              "op": {
                "const": "cash"
              }
            },
            "required": [
              "op"
            ]
          },
          "then": {
            "$ref": "#/$defs/CashNode"
          }
        }
      ],
      "examples": [
        {
          "op": "cash"
        }
      ]
    },
    "AllocateNode": {
      "title": "AllocateNode",
      "description": "Fixed target weights (negative = short).",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'allocate'.",
          "const": "allocate",
          "examples": [
            "allocate"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "risk_on"
          ]
        },
        "weights": {
          "description": "Target weight per universe asset id.",
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/AssetId"
          },
          "additionalProperties": {
            "type": "number",
            "description": "Target weight of the asset (negative = short)."
          },
          "maxProperties": 10000,
          "examples": [
            {
              "us:SPY": 0.6,
              "us:IEF": 0.4
            }
          ]
        }
      },
      "required": [
        "op",
        "weights"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "allocate",
          "weights": {
            "us:SPY": 1
          }
        }
      ]
    },
    "IfNode": {
      "title": "IfNode",
      "description": "Chooses 'then' when the condition holds, else 'else'.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'if'.",
          "const": "if",
          "examples": [
            "if"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "trend"
          ]
        },
        "cond": {
          "description": "Scalar condition (refs must be scalar features).",
          "$ref": "#/$defs/Condition",
          "examples": [
            {
              "op": "gt",
              "left": {
                "ref": "spy_price"
              },
              "right": {
                "ref": "spy_sma50"
              }
            }
          ]
        },
        "then": {
          "description": "Node used when the condition holds.",
          "$ref": "#/$defs/Node",
          "examples": [
            {
              "op": "allocate",
              "weights": {
                "us:SPY": 1
              }
            }
          ]
        },
        "else": {
          "description": "Node used otherwise.",
          "$ref": "#/$defs/Node",
          "examples": [
            {
              "op": "cash"
            }
          ]
        }
      },
      "required": [
        "op",
        "cond",
        "then",
        "else"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "if",
          "cond": {
            "op": "gt",
            "left": {
              "ref": "a"
            },
            "right": 0
          },
          "then": {
            "op": "cash"
          },
          "else": {
            "op": "cash"
          }
        }
      ]
    },
    "SelectNode": {
      "title": "SelectNode",
      "description": "Ranks and filters candidate assets, keeps the first N, and weights them.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'select'.",
          "const": "select",
          "examples": [
            "select"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "top_momentum"
          ]
        },
        "from": {
          "description": "Candidate asset ids; default the whole universe (point in time for a dynamic universe).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/AssetId"
          },
          "minItems": 1,
          "maxItems": 10000,
          "uniqueItems": true,
          "examples": [
            [
              "us:SPY",
              "us:TLT"
            ]
          ]
        },
        "rank": {
          "description": "Per-asset feature to rank by; required when count or fraction is given.",
          "$ref": "#/$defs/Ref",
          "examples": [
            {
              "ref": "mom126"
            }
          ]
        },
        "order": {
          "description": "'desc' (default): highest score first; 'asc': lowest first.",
          "enum": [
            "desc",
            "asc"
          ],
          "examples": [
            "desc"
          ]
        },
        "count": {
          "description": "Keep the first N ranked candidates (at most one of count/fraction).",
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "examples": [
            3
          ]
        },
        "fraction": {
          "description": "Keep floor(n*fraction) candidates, at least 1 when n >= 1 (at most one of count/fraction).",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1,
          "examples": [
            0.1
          ]
        },
        "filter": {
          "description": "Per-asset condition; refs to per-asset features read each candidate's value.",
          "$ref": "#/$defs/Condition",
          "examples": [
            {
              "op": "gt",
              "left": {
                "ref": "mom126"
              },
              "right": 0
            }
          ]
        },
        "weighting": {
          "description": "How the kept assets are weighted; default { scheme: 'equal' }.",
          "$ref": "#/$defs/Weighting",
          "examples": [
            {
              "scheme": "equal"
            }
          ]
        }
      },
      "required": [
        "op"
      ],
      "dependentRequired": {
        "count": [
          "rank"
        ],
        "fraction": [
          "rank"
        ]
      },
      "additionalProperties": false,
      "examples": [
        {
          "op": "select",
          "rank": {
            "ref": "mom126"
          },
          "count": 3
        }
      ]
    },
    "WeightNode": {
      "title": "WeightNode",
      "description": "A weighting over a fixed list of assets.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'weight'.",
          "const": "weight",
          "examples": [
            "weight"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "balanced"
          ]
        },
        "assets": {
          "description": "Asset ids to weight, in list order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/AssetId"
          },
          "minItems": 1,
          "maxItems": 10000,
          "uniqueItems": true,
          "examples": [
            [
              "us:SPY",
              "us:IEF"
            ]
          ]
        },
        "weighting": {
          "description": "How the assets are weighted.",
          "$ref": "#/$defs/Weighting",
          "examples": [
            {
              "scheme": "specified",
              "weights": [
                0.6,
                0.4
              ]
            }
          ]
        }
      },
      "required": [
        "op",
        "assets",
        "weighting"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "weight",
          "assets": [
            "us:SPY",
            "us:IEF"
          ],
          "weighting": {
            "scheme": "equal"
          }
        }
      ]
    },
    "GroupChild": {
      "title": "GroupChild",
      "description": "One weighted leg of a group.",
      "type": "object",
      "properties": {
        "weight": {
          "description": "Multiplier of the leg's weights (negative shorts the leg).",
          "type": "number",
          "examples": [
            0.5
          ]
        },
        "node": {
          "description": "The leg.",
          "$ref": "#/$defs/Node",
          "examples": [
            {
              "op": "allocate",
              "weights": {
                "us:SPY": 1
              }
            }
          ]
        }
      },
      "required": [
        "weight",
        "node"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "weight": 0.5,
          "node": {
            "op": "cash"
          }
        }
      ]
    },
    "GroupNode": {
      "title": "GroupNode",
      "description": "A weighted mix of child nodes.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'group'.",
          "const": "group",
          "examples": [
            "group"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "core_satellite"
          ]
        },
        "children": {
          "description": "The weighted legs.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/GroupChild"
          },
          "minItems": 1,
          "maxItems": 10000,
          "examples": [
            [
              {
                "weight": 1,
                "node": {
                  "op": "cash"
                }
              }
            ]
          ]
        }
      },
      "required": [
        "op",
        "children"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "group",
          "children": [
            {
              "weight": 0.5,
              "node": {
                "op": "cash"
              }
            }
          ]
        }
      ]
    },
    "CashNode": {
      "title": "CashNode",
      "description": "All weights zero.",
      "type": "object",
      "properties": {
        "op": {
          "description": "Node kind 'cash'.",
          "const": "cash",
          "examples": [
            "cash"
          ]
        },
        "id": {
          "description": "Unique id of this node.",
          "$ref": "#/$defs/NodeId",
          "examples": [
            "flat"
          ]
        }
      },
      "required": [
        "op"
      ],
      "additionalProperties": false,
      "examples": [
        {
          "op": "cash"
        }
      ]
    }
  }
};
