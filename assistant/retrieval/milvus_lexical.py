"""What Milvus's BM25 function reads: our own BM25 terms (default) or the raw text.

Milvus computes BM25 server-side from an analysed text field. Two ways to fill it:

* `client` (default): the field holds the embedded backend's own BM25 terms (lower-cased,
  stop words dropped, Snowball-stemmed, cut to the same prefix), space-separated, and the
  server only splits on spaces. Both backends then score the very same terms, on Milvus
  Lite, standalone and distributed alike, so they give the same answers.
* `server`: the field holds the raw chunk text and Milvus's "english" analyzer
  (standard tokenizer, lowercase, English stop words, Snowball stemmer) tokenizes it.
  Milvus-native, but its terms differ from the embedded index's, and Milvus Lite has no
  "english" analyzer (we fall back to standard + lowercase + stop words, unstemmed).

The manifest records a fingerprint of the lexer, so a tokenizer change forces a reload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from assistant.retrieval import tokenize as _tok

Lexer = Callable[[str], str]

# The embedded index's BM25 terms; `lexical_tokens` (stems cut to a prefix) where the
# tokenizer module has it, else plain `tokenize` stems.
_terms: Callable[[str], list[str]] = getattr(_tok, "lexical_tokens", _tok.tokenize)

CLIENT_ANALYZER: dict[str, Any] = {"tokenizer": "standard", "filter": ["lowercase"]}
ENGLISH_ANALYZER: dict[str, Any] = {"type": "english"}
PORTABLE_ANALYZER: dict[str, Any] = {
    "tokenizer": "standard",
    "filter": ["lowercase", {"type": "stop", "stop_words": sorted(_tok.STOPWORDS)}],
}
ANALYZERS = {"client": CLIENT_ANALYZER, "english": ENGLISH_ANALYZER, "portable": PORTABLE_ANALYZER}
_PROBE = (
    "The Procuratorate's reconsideration of detained suspects' applications, within 24 "
    "hours; a recidivist's licence, offences and defence counselling (Articles 83-85)."
)


def terms(text: str) -> list[str]:
    """The embedded backend's BM25 terms for `text` (what a query sends in client mode)."""
    return _terms(text)


def client_terms(text: str) -> str:
    """The embedded backend's BM25 terms for `text`, space-separated."""
    return " ".join(terms(text))


def raw_text(text: str) -> str:
    return text


def lexer(mode: str) -> Lexer:
    """The text→field function for a lexical mode ("client" or "server")."""
    if mode not in ("client", "server"):
        raise ValueError(f"lexical mode must be 'client' or 'server', not {mode!r}")
    return client_terms if mode == "client" else raw_text


def fingerprint(mode: str) -> str:
    """Identifies what the BM25 field holds: the mode plus, for `client`, a hash of the
    terms our tokenizer gives for a probe sentence (changes when the tokenizer does)."""
    if mode == "server":
        return "server"
    return "client:" + hashlib.sha256(client_terms(_PROBE).encode()).hexdigest()[:12]


def analyzer_choices(mode: str, preferred: str = "english") -> list[str]:
    """Analyzers to try, in order, when creating the collection."""
    return ["client"] if mode == "client" else list(dict.fromkeys([preferred, "portable"]))
