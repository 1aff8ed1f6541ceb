"""Dataset loaders and writers: validation messages and round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import datasets as ds
from assistant.evaluation.schema import QACase, Turn, parse_ref, validate_case
from assistant.types import Article

GOOD = {
    "id": "q1",
    "kind": "deadline",
    "split": "dev",
    "question": "How long may detention last?",
    "history": [{"role": "user", "content": "I was detained."}],
    "gold": [{"law": "spp-rules", "article": 83}],
    "facts": [["10 days", "ten days"]],
    "expected": {"deadline": "2024-03-11"},
    "should_abstain": False,
    "note": "",
}


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_load_qa_reads_a_valid_file(tmp_path: Path) -> None:
    cases = ds.load_qa(_write(tmp_path / "qa.jsonl", [GOOD]))
    assert cases == [
        QACase(
            id="q1",
            kind="deadline",
            split="dev",
            question="How long may detention last?",
            history=(Turn("user", "I was detained."),),
            gold=(("spp-rules", 83),),
            facts=(("10 days", "ten days"),),
            expected={"deadline": "2024-03-11"},
        )
    ]
    assert cases[0].expected == {"deadline": "2024-03-11"}
    assert cases[0].gold_ids == ("spp-rules:83",)


def test_load_qa_reports_every_bad_line(tmp_path: Path) -> None:
    bad_kind = {**GOOD, "id": "q2", "kind": "trivia"}
    bad_gold = {**GOOD, "id": "q3", "gold": [{"law": "cpl", "article": "36"}]}
    dup = dict(GOOD)
    path = _write(tmp_path / "qa.jsonl", [GOOD, bad_kind, bad_gold, dup])
    with pytest.raises(ds.DatasetError) as err:
        ds.load_qa(path)
    msg = str(err.value)
    assert "3 invalid record(s)" in msg
    assert f"{path}:2: 'kind' must be one of" in msg
    assert f"{path}:3: gold reference needs a law key and an integer article" in msg
    assert f"{path}:4: duplicate id 'q1' (first on line 1)" in msg


def test_load_qa_names_the_line_of_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(ds.DatasetError, match=r"qa.jsonl:3: not valid JSON"):
        ds.load_qa(path)


def test_validate_case_messages() -> None:
    assert validate_case(GOOD) == []
    assert validate_case([1]) == ["record must be a JSON object, got list"]
    errors = validate_case({"kind": "lookup", "split": "train", "facts": [[]], "history": "x"})
    assert "'id' must be a non-empty string" in errors
    assert "'question' must be a non-empty string" in errors
    assert any("'split' must be one of dev, test" in e for e in errors)
    assert any("'history' must be a list" in e for e in errors)
    assert any("'facts' must be a list of non-empty lists" in e for e in errors)
    bad = {**GOOD, "expected": {"nonexistent": {"law": "cpl"}}}
    assert any(e.startswith("expected.nonexistent") for e in validate_case(bad))


def test_parse_ref_forms() -> None:
    assert parse_ref({"law": "cpl", "article": 36}) == ("cpl", 36)
    assert parse_ref("spp-rules:83") == ("spp-rules", 83)
    for bad in ("cpl", {"law": "cpl", "article": True}, "cpl:x", 36):
        with pytest.raises(ValueError):
            parse_ref(bad)


def test_write_qa_round_trip(tmp_path: Path) -> None:
    cases = ds.load_qa(_write(tmp_path / "a.jsonl", [GOOD, {**GOOD, "id": "q2"}]))
    ds.write_qa(cases, tmp_path / "b.jsonl")
    again = ds.load_qa(tmp_path / "b.jsonl")
    assert again == cases
    assert [c.expected for c in again] == [c.expected for c in cases]


def test_generic_qa_with_custom_fields(tmp_path: Path) -> None:
    rows = [
        {"qid": 7, "q": {"text": "Who decides?"}, "a": "The procuratorate", "refs": "cpl:36"},
        {"q": {"text": "Second?"}, "a": "", "refs": ["cpl:39", {"law": "cpl", "article": 40}]},
    ]
    path = _write(tmp_path / "g.jsonl", rows)
    cases = ds.load_generic_qa(
        path, question_field="q.text", answer_field="a", id_field="qid", gold_field="refs"
    )
    assert [c.id for c in cases] == ["7", "line-2"]
    assert cases[0].facts == (("The procuratorate",),)
    assert cases[0].reference == "The procuratorate"
    assert cases[1].facts == ()
    assert cases[1].gold == (("cpl", 39), ("cpl", 40))
    out = tmp_path / "out.jsonl"
    ds.write_generic_qa(cases, out, question_field="q", answer_field="a", gold_field="g")
    back = ds.load_generic_qa(out, question_field="q", answer_field="a", gold_field="g")
    assert [(c.id, c.question, c.reference, c.gold) for c in back] == [
        (c.id, c.question, c.reference, c.gold) for c in cases
    ]


def test_generic_qa_errors_are_line_numbered(tmp_path: Path) -> None:
    path = _write(tmp_path / "g.jsonl", [{"question": "ok"}, {"question": ""}, [1]])
    with pytest.raises(ds.DatasetError) as err:
        ds.load_generic_qa(path)
    assert "g.jsonl:2: field 'question' must be a non-empty string" in str(err.value)
    assert "g.jsonl:3: record must be a JSON object" in str(err.value)


def _article(law: str, number: int | None, text: str, passage: int = 0) -> Article:
    return Article(law, number, "Chapter I", "", (text,), "src.txt", 1, 2, passage=passage)


def test_beir_export_then_import_round_trip(tmp_path: Path) -> None:
    articles = [
        _article("spp-rules", 83, "Detention shall not exceed ten days."),
        _article("cpl", 36, "Duty lawyers provide legal aid."),
        _article("guide", None, "An explainer.", passage=1),
        _article("cpl", 36, "A duplicate number."),
    ]
    cases = [
        QACase("q1", "deadline", "dev", "How long?", gold=(("spp-rules", 83),)),
        QACase("q2", "rights", "test", "Lawyer?", gold=(("cpl", 36), ("spp-rules", 83))),
        QACase("q3", "out_of_scope", "test", "Weather?", should_abstain=True),
    ]
    assert ds.export_beir(articles, cases, tmp_path) == ["dev", "test"]
    test = ds.load_beir(tmp_path, split="test")
    assert list(test.corpus) == ["spp-rules:83", "cpl:36", "guide:p1"]
    assert test.corpus["cpl:36"].text == "Duty lawyers provide legal aid."
    assert test.corpus["spp-rules:83"].title == "spp-rules Article 83"
    assert test.queries == {"q1": "How long?", "q2": "Lawyer?", "q3": "Weather?"}
    assert test.qrels == {"q2": {"cpl:36": 1, "spp-rules:83": 1}}
    assert test.judged_queries() == ["q2"]
    dev = ds.load_beir(tmp_path, split="dev")
    assert dev.relevant("q1") == {"spp-rules:83"}
    header = (tmp_path / "qrels" / "dev.tsv").read_text().splitlines()[0]
    assert header == "query-id\tcorpus-id\tscore"


def test_beir_write_load_round_trip(tmp_path: Path) -> None:
    data = ds.BeirDataset(
        corpus={"d1": ds.BeirDoc("T1", "one"), "d2": ds.BeirDoc("T2", "two", {"h": "x"})},
        queries={"a": "first", "b": "second"},
        qrels={"a": {"d1": 1, "d2": 0}},
        split="dev",
    )
    ds.write_beir(data, tmp_path)
    back = ds.load_beir(tmp_path, split="dev")
    assert (back.corpus, back.queries, back.qrels) == (data.corpus, data.queries, data.qrels)
    assert back.corpus["d2"].metadata == {"h": "x"}
    assert back.relevant("a") == {"d1"}  # score 0 is judged non-relevant


def test_beir_bad_qrels_line(tmp_path: Path) -> None:
    (tmp_path / "qrels").mkdir()
    (tmp_path / "corpus.jsonl").write_text('{"_id": "d"}\n')
    (tmp_path / "queries.jsonl").write_text('{"_id": "q", "text": "x"}\n')
    (tmp_path / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq\td\n")
    with pytest.raises(ds.DatasetError, match=r"test.tsv:2: expected query-id"):
        ds.load_beir(tmp_path)


COLIEE = Path("/work/shared/benchmarks/coliee-civil-code")


@pytest.mark.skipif(not COLIEE.exists(), reason="COLIEE benchmark not present")
def test_load_the_real_coliee_benchmark() -> None:
    data = ds.load_beir(COLIEE)
    assert (len(data.corpus), len(data.queries)) == (776, 1206)
    assert sum(len(r) for r in data.qrels.values()) == 1774
    assert data.relevant("H18-1-1") == {"572", "562", "565"}
