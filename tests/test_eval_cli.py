"""`legalqa eval` end to end on fakes: a tiny corpus, a fake assistant, a hash embedder.

No model, no index: the fake assistant answers from a table, the fake retriever ranks
by config flags, and the fake embedder hashes words into vectors. What is checked is
the command's wiring: modes, files written (only on request), tables printed, the
batch code path, ablation variants and the LangChain baseline's graceful absence.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

import assistant.cli_eval as cli_eval
from assistant.cli import app
from assistant.corpus.store import Corpus, write_articles
from assistant.evaluation import baseline, external, floors, harness
from assistant.evaluation.beir import BeirDataset, BeirDoc, load_beir, write_beir
from assistant.evaluation.schema import QACase
from assistant.types import Answer, Article, Citation, Hit

ARTICLES = [
    Article("spp-rules", 83, "Ch IV", "Detention", ("Detention shall not exceed ten days.",),
            "spp.txt", 1, 2),
    Article("spp-rules", 84, "Ch IV", "Detention", ("The family shall be notified within 24 hours.",),
            "spp.txt", 3, 4),
    Article("cpl", 36, "Ch IV", "", ("A suspect may hire a lawyer.",), "cpl.txt", 1, 2),
]  # fmt: skip
QA = [
    {"id": "r1", "kind": "rights", "split": "dev", "question": "How long is detention?",
     "gold": [{"law": "spp-rules", "article": 83}], "facts": [["ten days"]]},
    {"id": "r2", "kind": "rights", "split": "test", "question": "Can I get a lawyer?",
     "gold": [{"law": "cpl", "article": 36}], "facts": [["lawyer"]]},
    {"id": "f1", "kind": "followup", "split": "test", "question": "And the family?",
     "history": [{"role": "user", "content": "I was detained"}],
     "gold": [{"law": "spp-rules", "article": 84}], "facts": [["24 hours"]]},
    {"id": "o1", "kind": "out_of_scope", "split": "test", "question": "Weather tomorrow?",
     "should_abstain": True},
]  # fmt: skip
ANSWERS = {
    "How long is detention?": Answer("Ten days.", "retrieval",
                                     (Citation("spp-rules", 83, "shall not exceed ten days"),)),
    "Can I get a lawyer?": Answer("You may hire a lawyer.", "retrieval",
                                  (Citation("cpl", 36, "may hire a lawyer"),)),
    "And the family?": Answer("Within 24 hours.", "retrieval",
                              (Citation("spp-rules", 84, "a made-up quote"),)),
}  # fmt: skip


class FakeEmbedder:
    """Bag of hashed words -> normalised 16-d vector (deterministic)."""

    dim = 16
    model_id = "fake"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@dataclass(frozen=True)
class Config:
    depth: int = 50
    use_bm25: bool = True
    use_dense: bool = True
    glossary: bool = True
    lookup: bool = True


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    text: str


@dataclass
class FakeRetriever:
    """Ranks articles in a fixed order that depends on the config flags."""

    config: Config = field(default_factory=Config)
    embedder: FakeEmbedder = field(default_factory=FakeEmbedder)
    chunks: list[Chunk] = field(
        default_factory=lambda: [Chunk(f"{a.id}#0", a.text) for a in ARTICLES]
    )

    def search(self, query: str, k: int = 10, laws: Any = None, asks: Any = None) -> list[Hit]:
        order = list(ARTICLES) if self.config.use_bm25 else list(reversed(ARTICLES))
        return [Hit(f"{a.id}#0", a.law, a.article, a.text, 1.0 / r, r)
                for r, a in enumerate(order[:k], 1)]  # fmt: skip


class FakeBot:
    def __init__(self) -> None:
        self.corpus = Corpus(ARTICLES)
        self.retriever = FakeRetriever()
        self.calls: list[tuple[Any, ...]] = []

    def ask(self, question: str, history: Any = (), laws: Any = None, today: Any = None) -> Answer:
        self.calls.append((question, tuple(tuple(t.items()) for t in history), laws, today))
        hits = tuple(self.retriever.search(question))
        default = Answer("These instruments don't cover that question.", "abstain")
        ans = ANSWERS.get(question, default)
        return Answer(ans.text, ans.route, ans.citations, hits, latency_ms=5.0)


@pytest.fixture
def bot(monkeypatch: pytest.MonkeyPatch) -> FakeBot:
    fake = FakeBot()
    monkeypatch.setattr(cli_eval, "load_assistant", lambda settings, progress: fake)
    monkeypatch.setattr(cli_eval, "load_embedder", lambda settings: FakeEmbedder())
    return fake


@pytest.fixture
def qa_file(tmp_path: Path) -> Path:
    path = tmp_path / "qa.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in QA), encoding="utf-8")
    return path


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(app, ["eval", *args])
    return result


def files_under(path: Path) -> set[str]:
    return {str(p.relative_to(path)) for p in path.rglob("*")}


def test_prints_a_table_and_writes_nothing_without_an_output_option(
    bot: FakeBot, qa_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = files_under(tmp_path)
    result = invoke("--dataset", str(qa_file), "--quiet")
    assert result.exit_code == 0, result.output
    assert "| overall |" in result.output and "| split dev |" in result.output
    assert "| followup |" in result.output and "invalid_citation_rate" in result.output
    assert files_under(tmp_path) == before


def test_uses_the_batch_code_path_with_history(
    bot: FakeBot, qa_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.batch

    seen: list[str] = []
    real = assistant.batch.answer_record

    def spy(b: Any, rec: dict[str, Any]) -> dict[str, Any]:
        seen.append(rec["id"])
        return real(b, rec)

    monkeypatch.setattr(assistant.batch, "answer_record", spy)
    assert invoke("--dataset", str(qa_file), "--split", "test", "--quiet").exit_code == 0
    assert seen == ["r2", "f1", "o1"]
    assert bot.calls[1][1] == ((("role", "user"), ("content", "I was detained")),)


def test_report_directory_has_json_summary_plots_and_failures(
    bot: FakeBot, qa_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "rep"
    result = invoke("--dataset", str(qa_file), "--report", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    assert {"report.json", "summary.md"} <= files_under(out)
    assert {"recall_at_k.png", "metrics_by_kind.png", "latency.png"} <= files_under(out)
    data = json.loads((out / "report.json").read_text())
    assert data["overall"]["invalid_citation_rate"] == pytest.approx(1 / 3)
    assert data["metadata"]["split"] == "all" and "git_sha" in data["metadata"]
    summary = (out / "summary.md").read_text()
    assert "## Per kind within each split" in summary and "### Split dev" in summary
    assert "### f1 (followup, test)" in summary and "invalid citations: spp-rules:84" in summary


def test_ablations_side_by_side_with_the_langchain_baseline(
    bot: FakeBot, qa_file: Path, tmp_path: Path
) -> None:
    pytest.importorskip("langchain_classic")
    pytest.importorskip("langchain_community")
    out = tmp_path / "rep"
    result = invoke("--dataset", str(qa_file), "--ablations", "--report", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    for name in ("bm25", "dense", "hybrid", "hybrid+glossary", "production", baseline.NAME):
        assert f"| {name} |" in result.output
    table = (out / "ablations" / "comparison.md").read_text()
    assert "| bm25 | 1.000" in table and "| dense | 0.000" in table  # fake order flips
    assert (out / "ablations" / "comparison.png").exists()


def test_ablations_without_langchain_degrade_with_a_message(
    bot: FakeBot, qa_file: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> None:
        raise baseline.BaselineUnavailable("the LangChain baseline needs the [baseline] extra")

    monkeypatch.setattr(baseline, "_imports", missing)
    result = invoke("--dataset", str(qa_file), "--ablations")
    assert result.exit_code == 0, result.output
    assert "| hybrid+glossary |" in result.output and baseline.NAME not in result.output
    assert "[baseline] extra" in caplog.text


def _toy_beir(directory: Path) -> None:
    docs = {
        "1": BeirDoc("Civil Code Article 1", "private rights conform to public welfare"),
        "2": BeirDoc("Civil Code Article 2", "interpret with dignity and equality"),
        "3": BeirDoc("Civil Code Article 3", "enjoyment of private rights begins at birth"),
    }
    queries = {"q1": "when do private rights begin", "q2": "dignity equality", "q3": "x"}
    write_beir(BeirDataset(docs, queries, {"q1": {"3": 1}, "q2": {"2": 1}}), directory)


def test_beir_mode_indexes_in_memory_and_scores_variants(bot: FakeBot, tmp_path: Path) -> None:
    _toy_beir(tmp_path / "toy")
    out = tmp_path / "rep"
    result = invoke("--beir", str(tmp_path / "toy"), "--ablations", "--report", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    for name in ("bm25", "dense", "hybrid", "hybrid+glossary"):
        assert f"| {name} |" in result.output
    assert "recall@100" in result.output and "f2" in result.output
    rep = json.loads((out / "report.json").read_text())
    assert rep["metadata"]["variant"] == external.PRODUCTION and rep["overall"]["n"] == 2
    assert rep["metadata"]["f2_rule"] == "top-1 article"
    assert (out / "ablations" / "comparison.md").exists()


def test_external_bm25_tokenises_queries_like_documents() -> None:
    docs = {
        "1": BeirDoc("", "interpretation of reconsideration requests"),
        "2": BeirDoc("", "bail"),
    }
    data = BeirDataset(docs, {"q": "reconsideration interpretation"}, {"q": {"1": 1}})
    index = external.DocIndex.build(data, FakeEmbedder())
    assert [row for row, _ in index.bm25_rows("reconsiderations interpreted")] == [0]


def test_export_beir_round_trips(
    qa_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(ARTICLES, tmp_path / "articles.jsonl")
    monkeypatch.setenv("LEGALQA_ARTICLES", str(tmp_path / "articles.jsonl"))
    result = invoke("--dataset", str(qa_file), "--export-beir", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "| 3 | 4 | 1 | 2 |" in result.output
    test = load_beir(tmp_path / "out", "test")
    assert set(test.corpus) == {"spp-rules:83", "spp-rules:84", "cpl:36"}
    assert test.relevant("f1") == {"spp-rules:84"} and len(test.queries) == 4
    assert load_beir(tmp_path / "out", "dev").relevant("r1") == {"spp-rules:83"}


def test_generic_qa_with_custom_field_names(bot: FakeBot, tmp_path: Path) -> None:
    path = tmp_path / "generic.jsonl"
    rows = [{"qid": 7, "q": {"text": "Can I get a lawyer?"}, "a": "lawyer", "refs": ["cpl:36"]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke("--generic", str(path), "--question-field", "q.text", "--answer-field", "a",
                    "--id-field", "qid", "--gold-field", "refs", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "| overall | 0.000 | 1.000 | 1.000 | 0.333 |" in result.output  # cpl:36 ranked 3rd
    assert bot.calls[0][0] == "Can I get a lawyer?"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--split", "train"], "--split must be dev, test or all"),
        (["--beir", "x", "--generic", "y"], "at most one of"),
        (["--dataset", "/nonexistent/qa.jsonl"], "No such file"),
    ],
)
def test_bad_options_fail_with_a_message(bot: FakeBot, args: list[str], message: str) -> None:
    result = invoke(*args, "--quiet")
    assert result.exit_code == 2
    assert message in result.output


def test_external_hybrid_fuses_with_the_config_it_is_given() -> None:
    from assistant.retrieval.fusion import rrf

    @dataclass(frozen=True)
    class Fusing:
        fusion: str
        rrf_k: int = 10
        weights: tuple[float, float] = (1.0, 0.5)

    rankings = [[(0, 9.0), (1, 5.0)], [(1, 0.9), (2, 0.8)]]
    assert external.fuse(rankings, Fusing("rrf")) == rrf([[0, 1], [1, 2]], 10, [1.0, 0.5])
    # min-max per ranking: 0 -> 1 + 0, 1 -> 0 + 0.5, 2 -> 0
    assert external.fuse(rankings, Fusing("weighted")) == [(0, 1.0), (1, 0.5), (2, 0.0)]


def test_ablation_variants_switch_only_flags_the_config_has() -> None:
    from assistant.evaluation import ablations

    retriever = FakeRetriever()
    clone = ablations.with_flags(retriever, ablations.FLAGS["bm25"], FakeEmbedder())
    assert clone.config == Config(use_dense=False, glossary=False, lookup=False)
    assert retriever.config == Config() and clone.chunks is retriever.chunks


def test_floors_pass_when_met_and_name_every_breach() -> None:
    cases = [
        QACase("a", "deadline", "test", "q", gold=(("cpl", 36),), expected={"deadline": "x"}),
        QACase("b", "out_of_scope", "test", "q", should_abstain=True),
    ]
    out = {"answer": "", "route": "retrieval", "citations": [{"law": "cpl", "article": 36,
           "quote": "q"}], "hits": [{"law": "cpl", "article": 36}], "computed": {"deadline": "x"}}  # fmt: skip
    good = harness.run(cases, lambda r: out, validate_citation=lambda *a: True)
    spec = floors.suggest_floors(good, margin=0.03)
    assert spec["floors"]["overall"]["recall@5"] == 0.97
    assert spec["floors"]["deadline"] == {"computed_ok": 0.97}
    assert spec["ceilings"]["overall"]["invalid_citation_rate"] == 0.0
    assert floors.check_floors(good, spec) == []
    bad = harness.run(cases, lambda r: {**out, "computed": {}}, validate_citation=lambda *a: False)
    problems = floors.check_floors(bad, spec)
    assert "deadline computed_ok = 0.0000 below floor 0.97" in problems
    assert "overall invalid_citation_rate = 1.0000 above ceiling 0.0" in problems
    assert floors.check_floors(bad, {"floors": {"eligibility": {"computed_ok": 0.5}}}) == [
        "eligibility computed_ok: not measured (bound 0.5)"
    ]
