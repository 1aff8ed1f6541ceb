"""The Milvus backend's settings (milvus.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.retrieval.config import SearchConfig
from assistant.retrieval.milvus_conn import RetryPolicy
from assistant.retrieval.milvus_lexical import lexer


@dataclass(frozen=True)
class MilvusConfig:
    """Search and load knobs; `search` is the embedded backend's own settings type, with
    its defaults, so both backends plan, weigh and fuse the same rankings."""

    search: SearchConfig = field(default_factory=SearchConfig)
    lay_questions: bool = True  # load lay/*.toml beside the chunks and rank by them
    query_adapter: bool = True  # map queries for the chunk dense ranking (adapter.py)
    lexical: str = "client"  # BM25 terms: "client" (ours, as embedded) or "server" (Milvus)
    analyzer: str = "english"  # lexical="server" only; "portable" where the server lacks it
    batch: int = 256  # rows per upsert request
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def __post_init__(self) -> None:
        lexer(self.lexical)  # validates the mode
