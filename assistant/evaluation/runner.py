"""Run the real Assistant through the batch code path and score it.

The answer function is `assistant.batch.answer_record`, exactly what `legalqa batch`
calls per input line, so the evaluation sees what users of the batch command see.
Citations are checked with `assistant.answer.verify.citation_ok` (the article exists
and the quote is a verbatim span of it).

Example:
    >>> bot = Assistant.from_settings(Settings.from_env())
    >>> report = evaluate(bot, select_split(load_qa("eval/qa.jsonl"), "test"))
    >>> report.overall["recall@5"], report.by_kind["deadline"]["computed_ok"]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.evaluation import harness
from assistant.evaluation.report import markdown_table, summary_markdown
from assistant.evaluation.results import Report, build_report
from assistant.evaluation.schema import QACase
from assistant.evaluation.scoring import ValidateCitation
from assistant.types import Citation

SPLITS = ("dev", "test", "all")
# The columns of the short table printed by `legalqa eval` and used in eval/README.md.
HEADLINE = (
    "recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "cite_precision", "cite_recall",
    "f2", "fact_recall", "computed_ok", "abstain_precision", "abstain_recall",
    "false_abstention_rate", "invalid_citation_rate", "latency_p50", "latency_p95", "n",
)  # fmt: skip


def select_split(cases: Sequence[QACase], split: str) -> list[QACase]:
    """The cases of one split ("dev" or "test"), or all of them ("all")."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    return [c for c in cases if split == "all" or c.split == split]


def citation_validator(corpus: Any) -> ValidateCitation:
    """`(law, article, quote) -> bool` backed by the assistant's own `citation_ok`."""
    from assistant.answer.verify import citation_ok

    def validate(law: str, article: int | None, quote: str) -> bool:
        return citation_ok(corpus, Citation(law, article, quote))

    return validate


def answer_fn(bot: Any) -> harness.AnswerFn:
    """`record -> batch output`: the `legalqa batch` code path for one record."""
    from assistant.batch import answer_record

    def answer(record: dict[str, Any]) -> Mapping[str, Any]:
        return answer_record(bot, record)

    return answer


def evaluate(
    bot: Any,
    cases: Sequence[QACase],
    progress: bool = False,
    metadata: Mapping[str, Any] | None = None,
) -> Report:
    """Answer and score every case with the assistant `bot` (see the module docstring)."""
    return harness.run(
        cases,
        answer_fn(bot),
        validate_citation=citation_validator(bot.corpus),
        progress=progress,
        metadata=metadata,
    )


def present(report: Report, keys: Sequence[str] = HEADLINE) -> list[str]:
    """The keys of `keys` that some group of the report defines."""
    groups = [report.overall, *report.by_split.values(), *report.by_kind.values()]
    return [k for k in keys if any(g.get(k) is not None for g in groups)]


def short_table(report: Report, keys: Sequence[str] = HEADLINE) -> str:
    """Overall, per split and per kind, the headline columns (markdown)."""
    rows = {"overall": report.overall}
    rows |= {f"split {s}": a for s, a in report.by_split.items()}
    rows |= {k: a for k, a in report.by_kind.items()}
    return markdown_table(rows, present(report, keys), "group")


def split_kind_tables(report: Report, keys: Sequence[str] = HEADLINE) -> str:
    """One per-kind table for each split (markdown): the dev/test breakdown."""
    out = []
    cols = present(report, keys)
    for split in sorted(report.by_split):
        sub = build_report([r for r in report.rows if r.split == split])
        rows = {"**all kinds**": sub.overall} | dict(sub.by_kind)
        out += [f"### Split {split}", "", markdown_table(rows, cols, "kind"), ""]
    return "\n".join(out)


def full_summary(report: Report) -> str:
    """`summary_markdown` plus the per-kind tables of each split before the failures."""
    text = summary_markdown(report)
    head, sep, tail = text.partition("## Failures")
    section = "## Per kind within each split\n\n" + split_kind_tables(report) + "\n"
    return head + section + sep + tail if sep else text + "\n" + section
