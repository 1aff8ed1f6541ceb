"""Score a scope probe set (bench/scope_probe*.jsonl) with the whole assistant.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.scope_probe bench/scope_probe1.jsonl [--show]

A probe line is {"question", "should_decline", "why"}; a decline is the `abstain` route.
Prints declines right on the out-of-scope half and false declines on the in-scope half.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", action="store_true", help="print every wrong decision")
    args = parser.parse_args()
    from assistant.assistant import Assistant
    from assistant.settings import Settings

    bot = Assistant.from_settings(Settings.from_env())
    rows = [json.loads(line) for line in args.path.read_text().splitlines() if line.strip()]
    right = wrong = n_out = n_in = 0
    for row in rows:
        answer = bot.ask(row["question"])
        declined = answer.route == "abstain"
        if row["should_decline"]:
            n_out += 1
            right += declined
        else:
            n_in += 1
            wrong += declined
        if args.show and declined != row["should_decline"]:
            want = "DECLINE" if row["should_decline"] else "ANSWER"
            print(f"[{want} got {answer.route}] {row['question']}")
    print(f"declined right {right}/{n_out}; false declines {wrong}/{n_in}")


if __name__ == "__main__":
    main()
