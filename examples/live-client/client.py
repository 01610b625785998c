#!/usr/bin/env python3
"""A live trading client for `tactical serve`, standard library only.

Seed 000's client, with the decision taken by the server: every session at 15:45 New York time it
reads the broker's positions and the current prices, POSTs them to /signal with the strategy state the
previous call returned, stores the new state, and sends the orders the answer lists.

The broker is a stub (`PaperBroker`): positions come from a JSON file and orders are printed and
applied to that file. Replace its three methods with your broker's API (IBKR, Alpaca, ...).

    python3 client.py --server http://127.0.0.1:8080 --spec spec.json --data etf \\
        --positions positions.json --state state.json --quotes quotes.json --once
"""

import argparse
import datetime
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from zoneinfo import ZoneInfo

NEW_YORK = ZoneInfo("America/New_York")


class PaperBroker:
    """Positions in a JSON file {"cash": n, "positions": {"us:SPY": shares}}; orders applied to it."""

    def __init__(self, positions_file, quotes_file):
        self.positions_file = positions_file
        self.quotes_file = quotes_file

    def positions(self):
        with open(self.positions_file, encoding="utf-8") as f:
            return json.load(f)

    def quotes(self):
        """Current prices by symbol (a broker's snapshot quotes; here a JSON file {"SPY": 512.3})."""
        if self.quotes_file is None:
            return None
        with open(self.quotes_file, encoding="utf-8") as f:
            return json.load(f)

    def place_market_order(self, order):
        """Send one market order; the paper broker fills it at the reference price."""
        held = self.positions()
        signed = order["quantity"] if order["side"] == "buy" else -order["quantity"]
        qty = held["positions"].get(order["asset"], 0) + signed
        if qty == 0:
            held["positions"].pop(order["asset"], None)
        else:
            held["positions"][order["asset"]] = qty
        held["cash"] -= signed * order["referencePrice"]
        write_json_atomic(self.positions_file, held)


def write_json_atomic(path, value):
    """Write JSON through a temp file and a rename, so a crash never leaves half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def post_signal(server, body, api_key=None, timeout=60):
    """POST /signal; returns (status, parsed JSON). 4xx answers carry {"error": {...}}."""
    request = urllib.request.Request(
        server.rstrip("/") + "/signal",
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    if api_key:
        request.add_header("Authorization", "Bearer " + api_key)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        text = error.read().decode("utf-8", "replace")
        try:
            return error.code, json.loads(text)
        except ValueError:  # not the server's JSON (a proxy's page): show its start
            return error.code, {"error": {"code": "http_error", "message": text[:200]}}
    except urllib.error.URLError as error:
        return 0, {"error": {"code": "unreachable", "message": f"cannot reach {server}: {error.reason}"}}


def run_once(args, broker, date):
    """One decision: ask the server, store its state, place its orders. Returns the answer."""
    with open(args.spec, encoding="utf-8") as f:
        spec = json.load(f)
    state = None
    if os.path.exists(args.state):
        with open(args.state, encoding="utf-8") as f:
            state = json.load(f)
    body = {"spec": spec, "data": args.data, "date": date, "positions": broker.positions(), "state": state}
    if state is None and args.origin:
        body["from"] = args.origin
    quotes = broker.quotes()
    if quotes is not None:
        body["quotes"] = quotes
    status, answer = post_signal(args.server, body, os.environ.get(args.api_key_env) if args.api_key_env else None)
    if status != 200:
        error = answer.get("error", {})
        print(f"{date}: {status} {error.get('code')}: {error.get('message')}", file=sys.stderr)
        if error.get("fix"):
            print(f"  fix: {error['fix']}", file=sys.stderr)
        for d in error.get("diagnostics", [])[:5]:
            print(f"  {d.get('pointer') or '/'}: {d.get('message')}", file=sys.stderr)
        return None
    # The state first: if placing an order fails, a re-run of the same date recomputes from it.
    write_json_atomic(args.state, answer["state"])
    decided = "rebalance" if answer["rebalance"] else "no rebalance"
    print(f"{date}: {decided}; targets {json.dumps(answer['targets'], sort_keys=True)}")
    if answer["quotes"]:
        print(f"  {answer['quotes']['note']}")
    for w in answer["warnings"]:
        print(f"  warning: {w}")
    for order in answer["orders"]:
        print(f"  MKT {order['side'].upper()} {order['quantity']} {order['symbol']} @ ~{order['referencePrice']} ({order['reason']})")
        broker.place_market_order(order)
    return answer


def next_run(now, at):
    """The next weekday at `at` (HH:MM New York time) after `now`; the server skips holidays."""
    hour, minute = map(int, at.split(":"))
    run = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if run <= now:
        run += datetime.timedelta(days=1)
    while run.weekday() >= 5:
        run += datetime.timedelta(days=1)
    return run


def main():
    p = argparse.ArgumentParser(description="Seed 000's live client on tactical serve's /signal")
    p.add_argument("--server", default="http://127.0.0.1:8080")
    p.add_argument("--spec", required=True, help="spec file (JSON)")
    p.add_argument("--data", required=True, help="data set name configured on the server")
    p.add_argument("--positions", required=True, help="paper broker positions file")
    p.add_argument("--state", required=True, help="where the strategy state is kept between calls")
    p.add_argument("--quotes", help="current prices file {\"SYMBOL\": price} (a broker snapshot)")
    p.add_argument("--origin", help="feature origin on the first call (the backtest's --from)")
    p.add_argument("--date", help="decision session (default: today in New York)")
    p.add_argument("--at", default="15:45", help="time of day, New York (default 15:45)")
    p.add_argument("--once", action="store_true", help="decide once now and exit")
    p.add_argument("--api-key-env", help="environment variable holding the server's API key")
    args = p.parse_args()
    broker = PaperBroker(args.positions, args.quotes)
    if args.once:
        today = args.date or datetime.datetime.now(NEW_YORK).date().isoformat()
        return 0 if run_once(args, broker, today) is not None else 1
    while True:
        now = datetime.datetime.now(NEW_YORK)
        run = next_run(now, args.at)
        time.sleep((run - now).total_seconds())
        run_once(args, broker, run.date().isoformat())


if __name__ == "__main__":
    sys.exit(main())
