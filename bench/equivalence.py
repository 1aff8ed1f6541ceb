"""Equivalence gate: another checkout's retrieval and this one's return the same hits.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.equivalence --old ../main [--out diff.json]

For speed work that must not change a result. Both checkouts load the same index
(LEGALQA_INDEX_DIR) in one process (bench/two_trees.py), each with its own embedder, and
search every query: every dev question (follow-ups with their earlier user turns, as
bench/evalset.py joins them; the test split is never read), every lay question
(retrieval/lay/*.toml), lookup and research style queries made from the corpus (article
references in several spellings; each article's opening words), a few odd inputs, and
the dev questions again under instrument filters and other k. Per query the hits must
agree in chunk id, law, article and rank, and every score within 1e-9 (1e-6 for the
cosines, which come from the query embedding). The query vectors are compared too.
Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.evalset import QA_PATH
from bench.two_trees import describe, load_retriever

EMBEDDED = {"dense", "dense-adapted", "dense+", "lay-dense"}  # scores from the query vector
TOL, TOL_EMBEDDED = 1e-9, 1e-6
ODD = ["", "   ", "?", "\ud800 bail", "第83条", "arts. 80-83 of the SPP Rules", "§ 12",
       "the twenty-fifth article of the juvenile provisions", "bail " * 1200,
       "Article 2099", "SPP Rules 1999 art 1", "polise arested my brther"]  # fmt: skip
NAMES = {"spp-rules": "SPP Rules", "spp-juvenile": "juvenile provisions",
         "mps-procedures": "MPS provisions", "cpl": "Criminal Procedure Law", "guide": "guide"}  # fmt: skip


def dev_questions(path: Path = QA_PATH) -> list[str]:
    """Every dev question, follow-ups prefixed with the earlier user turns (as
    bench.evalset.load_cases); rows of other splits are skipped unread."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if not row or row["split"] != "dev":
            continue
        turns = [t["content"] for t in row.get("history") or [] if t["role"] == "user"]
        q = row["question"]
        out.append((" ".join(turns)[-500:] + " " + q) if turns else q)
    return out


def corpus_queries(r: Any) -> list[str]:
    """Lookup-style references and research-style openings for every article."""
    out: list[str] = []
    for a in r.corpus.articles:
        name = NAMES.get(a.law, a.law)
        if isinstance(a.article, int):
            out += [f"{name} art. {a.article}", f"Article {a.article} of the {name}",
                    f"what does article {a.article} say"]  # fmt: skip
        out.append(" ".join(a.text.split()[:14]))
    return out


def cases(r: Any) -> Iterator[tuple[str, str, int, Sequence[str] | None]]:
    """(group, query, k, laws) for every search the gate compares."""
    from assistant.retrieval.lay import load_lay

    dev = dev_questions()
    yield from (("dev", q, 10, None) for q in dev)
    yield from (("lay", q, 10, None) for q in load_lay().texts)
    yield from (("corpus", q, 10, None) for q in corpus_queries(r))
    yield from (("odd", q, 10, None) for q in ODD)
    for laws in (["spp-rules"], ["mps-procedures", "cpl"], ["spp-juvenile", "guide"]):
        yield from (("filtered", q, 10, laws) for q in dev[::3])
    for k in (1, 3, 25):
        yield from ((f"k={k}", q, k, None) for q in dev[::5])


class Recorder:
    """An embedder that remembers every vector it returned, by text."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.dim, self.model_id = inner, inner.dim, inner.model_id
        self.seen: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vecs = self.inner.encode(texts)
        self.seen.update(zip(texts, np.array(vecs), strict=True))
        return vecs


def differences(old: list[Any], new: list[Any], worst: dict[str, float]) -> list[str]:
    """What differs between two hit lists (empty: the same); updates the largest score gap
    seen per score name."""
    if len(old) != len(new):
        return [f"{len(old)} hits vs {len(new)}"]
    out = []
    for a, b in zip(old, new, strict=True):
        ident = (a.chunk_id, a.law, a.article, a.rank)
        if ident != (b.chunk_id, b.law, b.article, b.rank):
            out.append(f"rank {a.rank}: {ident} vs {(b.chunk_id, b.law, b.article, b.rank)}")
            continue
        if set(a.scores) != set(b.scores):
            out.append(f"rank {a.rank}: score names {sorted(a.scores)} vs {sorted(b.scores)}")
        pairs = [("score", a.score, b.score)]
        pairs += [(m, a.scores[m], b.scores[m]) for m in set(a.scores) & set(b.scores)]
        for name, x, y in pairs:
            gap = abs(x - y)
            worst[name] = max(worst.get(name, 0.0), gap)
            if gap > (TOL_EMBEDDED if name in EMBEDDED else TOL):
                out.append(f"rank {a.rank}: {name} {x!r} vs {y!r}")
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--old", type=Path, required=True, help="the other checkout (e.g. main)")
    p.add_argument("--out", type=Path, help="write the differences as JSON")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    old, new = load_retriever(args.old.resolve()), load_retriever(None)
    old.embedder, new.embedder = Recorder(old.embedder), Recorder(new.embedder)
    print(f"old: {describe(args.old.resolve())}\nnew: {describe(None)}")
    worst: dict[str, float] = {}
    counts: dict[str, int] = {}
    diffs: list[dict[str, Any]] = []
    for group, q, k, laws in cases(new):
        counts[group] = counts.get(group, 0) + 1
        found = differences(old.search(q, k, laws), new.search(q, k, laws), worst)
        if found:
            diffs.append({"group": group, "query": q[:200], "k": k, "laws": laws, "diff": found})
    shared = sorted(set(old.embedder.seen) & set(new.embedder.seen))
    gap = max((float(np.abs(old.embedder.seen[t] - new.embedder.seen[t]).max()) for t in shared),
              default=0.0)  # fmt: skip
    groups = ", ".join(f"{g} {n}" for g, n in counts.items())
    print(f"searches compared: {sum(counts.values())} ({groups})")
    print(f"query vectors compared: {len(shared)}, largest difference {gap:.3g}")
    print("largest score gaps: " + ", ".join(f"{m} {v:.3g}" for m, v in sorted(worst.items())))
    print(f"searches with a difference: {len(diffs)}")
    for d in diffs[:20]:
        print(f"  [{d['group']}] {d['query']!r:.80} k={d['k']} laws={d['laws']}: {d['diff'][:3]}")
    if args.out:
        args.out.write_text(json.dumps({"counts": counts, "vector_gap": gap, "worst": worst,
                                        "differences": diffs}, indent=2))  # fmt: skip
    sys.exit(1 if diffs or gap > TOL_EMBEDDED else 0)


if __name__ == "__main__":
    main()
