"""Build assistant/rules/learned_router.npz from the labelled routing examples.

    PYTHONPATH=. HF_HUB_OFFLINE=1 python -m bench.build_learned_router

Writes the model with its provenance (source files, the digest the freshness test
checks, the commit it was built at). Re-run after changing any training file.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections import Counter

from assistant.rules.router_learned import DATA, save
from bench.learned_router_data import ROOT, VERSION, C, digest, examples, sources, train

log = logging.getLogger("bench")


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=True)  # fmt: skip
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    items = examples()
    model = train(items)
    meta = {
        "built_at_commit": _commit(),
        "sources": sources(),
        "items": len(items),
        "labels": dict(sorted(Counter(e.label for e in items).items())),
        "digest": digest(items),
        "C": C,
        "version": VERSION,
    }
    save(DATA, model, meta)
    log.info("%d examples, %d classes, %d features -> %s", len(items), len(model.classes),
             len(model.vocab), DATA)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
