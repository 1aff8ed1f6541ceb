"""Operator commands for the Milvus backend; settings come from the environment
(LEGALQA_MILVUS_URI, LEGALQA_ARTICLES, LEGALQA_MODEL), flags override them.

    python -m assistant.retrieval.milvus_admin load            # load chunks + lay questions if missing or stale
    python -m assistant.retrieval.milvus_admin load --force    # rebuild beside, then switch
    python -m assistant.retrieval.milvus_admin status          # exit 0 iff current and reachable

`load` is idempotent and safe to run from a deploy job before app replicas roll out;
`status` exits 1 (and says why) when the server is unreachable or the data is stale.
Set LEGALQA_MILVUS_TOKEN ("user:password" or an API key) for servers with authentication.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict

from assistant.loading import load_corpus, load_embedder
from assistant.retrieval.backend import BackendError
from assistant.retrieval.milvus import MilvusConfig, MilvusRetriever
from assistant.retrieval.milvus_conn import MilvusConnection
from assistant.settings import Settings

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant.retrieval.milvus_admin",
                                description="Load or check the LegalQA Milvus collection.")  # fmt: skip
    p.add_argument("command", choices=["load", "status"])
    p.add_argument("--uri", help="Milvus URI (default: LEGALQA_MILVUS_URI)")
    p.add_argument("--collection", help="alias the app searches (default: legalqa_chunks)")
    p.add_argument("--force", action="store_true", help="load: rebuild even if current")
    p.add_argument("--lexical", choices=["client", "server"], default="client",
                   help="what Milvus's BM25 reads (see milvus_lexical.py)")  # fmt: skip
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
    settings = Settings.from_env()
    uri = args.uri or settings.milvus_uri
    alias = args.collection or settings.milvus_collection
    token = os.environ.get("LEGALQA_MILVUS_TOKEN", "")
    config = MilvusConfig(lexical=args.lexical)
    corpus = load_corpus(settings)
    embedder = load_embedder(settings)
    try:
        if args.command == "load":
            r = MilvusRetriever.connect(corpus, embedder, uri, alias, config, force=args.force,
                                        token=token)  # fmt: skip
            report = asdict(r.last_load) if r.last_load else {}
            lay = asdict(r.last_lay_load) if r.last_lay_load else {}
            out = {"load": report, "lay": lay, "health": asdict(r.health())}
            sys.stdout.write(json.dumps(out) + "\n")
            return 0
        conn = MilvusConnection.open(uri, config.retry, token)
        health = MilvusRetriever(conn, alias, corpus, embedder, config).health()
        sys.stdout.write(json.dumps(asdict(health)) + "\n")
        return 0 if health.ok else 1
    except BackendError as e:
        log.error("%s", e)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
