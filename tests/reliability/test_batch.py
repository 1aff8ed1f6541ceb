"""`legalqa batch` robustness: malformed, blank and huge lines, 10,000-line streams.

The batch layer is tested with a fast echoing stand-in (so Hypothesis can run many
streams, and the echo puts hostile text into every output line); the real assistant
answers a 10,000-line stream through the CLI in `test_cli_batch_10k_lines_real_bot`.
"""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Iterator, Sequence
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.batch import MAX_LINE, run_lines, run_stream
from assistant.types import Answer, Citation
from tests.reliability.strategies import JSON_FRAGMENTS, QUESTIONS, SHORT, SURROGATES


class EchoBot:
    """Answers instantly and echoes the question (hostile text reaches the output)."""

    def __init__(self) -> None:
        self.calls = 0

    def ask(self, question: str, history: Sequence[object] = (), laws: object = None,
            today: date | None = None) -> Answer:  # fmt: skip
        self.calls += 1
        return Answer(
            f"echo: {question[:200]}", "retrieval", (Citation("spp-rules", 83, question[:50]),)
        )


def utf8_sink() -> io.TextIOWrapper:
    """A strict UTF-8 text stream, like a file or a UTF-8 terminal."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")


def outputs(sink: io.TextIOWrapper) -> list[dict[str, object]]:
    sink.flush()
    raw = sink.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    return [json.loads(line) for line in raw.split("\n")[:-1]]


def record(question: object, **extra: object) -> str:
    return json.dumps({"question": question, **extra}, ensure_ascii=False)


MALFORMED = [
    "{", "[]", "null", "42", '"a string"', '{"question": 5}', '{"question": null}',
    '{"id": 1}', '{"question": "x", "laws": "cpl"}', '{"question": "x", "laws": [1]}',
    '{"question": "x", "today": "2024-13-45"}', '{"question": "x", "today": 5}',
    '{"question": "x", "history": 5}', '{"question": "x", "history": "abc"}',
    '{"question": "x", "history": [[1, 2, 3]]}', '{"question": "x", "id": NaN}',
    '{"question": "x", "id": Infinity}', "\ufeff" + record("bom?"),
    '{"question": "dup", "question": "dup2"}', "[" * 50_000 + "]" * 50_000,
    '{"a":' * 20_000 + "1" + "}" * 20_000,
]  # fmt: skip

# One input line (no line breaks inside: a line break makes two lines).
_NO_BREAKS = {"\n", "\r"}
LINES = st.one_of(
    st.sampled_from(QUESTIONS).map(lambda q: record(q)),
    SHORT.map(lambda q: record(q)),
    SHORT.map(lambda q: record(q, id=q, laws=["cpl"], today="2024-02-29")),
    SURROGATES.map(lambda s: json.dumps({"id": s, "question": s + " bail?"})),  # \\ud800 escapes
    st.just(""),
    st.text(" \t\f\v", max_size=5),
    JSON_FRAGMENTS,
    st.sampled_from(MALFORMED),
    st.text(max_size=100),
).map(lambda s: "".join(ch for ch in s if ch not in _NO_BREAKS))


def check_stream(lines: list[str], out: list[dict[str, object]]) -> None:
    assert len(out) == len(lines), "one output line per input line"
    for n, (line, rec) in enumerate(zip(lines, out, strict=True), 1):
        assert isinstance(rec, dict) and "id" in rec
        if "error" in rec:
            assert str(rec["error"]).startswith(f"line {n}: "), rec
            assert "answer" not in rec
        else:
            assert isinstance(rec["answer"], str) and rec["route"], rec
        if not line.strip():
            assert rec.get("error") == f"line {n}: blank line"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=40))
def test_any_lines_give_one_valid_json_line_each(lines: list[str]) -> None:
    sink = utf8_sink()
    src = io.StringIO("".join(line + "\n" for line in lines))
    ok, bad = run_stream(EchoBot(), src, sink)
    out = outputs(sink)
    check_stream(lines, out)
    assert ok + bad == len(lines)


def test_lone_surrogates_in_a_record_do_not_break_the_utf8_output() -> None:
    """JSON escapes like \\ud800 decode to lone surrogates, which UTF-8 cannot encode."""
    lines = [json.dumps({"id": "\ud800", "question": "bail \udfff?"}), record("after")]
    sink = utf8_sink()
    run_stream(EchoBot(), io.StringIO("\n".join(lines) + "\n"), sink)
    check_stream(lines, outputs(sink))


def test_deeply_nested_json_is_a_line_error_not_a_crash() -> None:
    lines = ["[" * 100_000 + "]" * 100_000, record("after")]
    sink = utf8_sink()
    run_stream(EchoBot(), io.StringIO("\n".join(lines) + "\n"), sink)
    out = outputs(sink)
    check_stream(lines, out)
    assert "error" in out[0] and "answer" in out[1]


def test_non_list_history_is_rejected_with_a_clear_message() -> None:
    lines = ['{"question": "bail?", "history": 5}', '{"question": "bail?", "history": "hi"}']
    out = list(run_lines(EchoBot(), lines))
    assert all("history" in str(o.get("error", "")) for o in out), out


def test_huge_lines_are_reported_and_the_stream_continues() -> None:
    lines = [record("x" * (MAX_LINE + 10)), "y" * (MAX_LINE + 1), record("ok?")]
    out = list(run_lines(EchoBot(), lines))
    assert [("error" in o) for o in out] == [True, True, False]
    assert "too long" in str(out[0]["error"]) and "too long" in str(out[1]["error"])


def test_crlf_and_bom_lines() -> None:
    text = "\ufeff" + record("first?") + "\r\n\r\n" + record("second?") + "\r\n"
    sink = utf8_sink()
    src = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    run_stream(EchoBot(), src, sink)
    out = outputs(sink)
    assert len(out) == 3 and out[1]["error"] == "line 2: blank line"
    assert "answer" in out[0], "a UTF-8 byte-order mark (Windows Notepad) is not an error"
    assert "answer" in out[2]


# -- constant memory and streaming ----------------------------------------------------------


class Feed:
    """An input stream produced lazily, recording how far it has been read."""

    def __init__(self, n: int) -> None:
        self.n, self.read = n, 0

    def __iter__(self) -> Iterator[str]:
        kinds = (record("How long can the police detain someone?", id="q"), "", "{bad json",
                 '{"question": 3}', record("z" * 5_000))  # fmt: skip
        for i in range(self.n):
            self.read = i + 1
            yield kinds[i % len(kinds)] + "\n"


class CountingSink(io.TextIOBase):
    def __init__(self) -> None:
        self.lines = 0
        self.first_at: int | None = None  # input lines read when the first output appeared
        self.feed: Feed | None = None

    def write(self, s: str) -> int:
        s.encode("utf-8")
        if self.first_at is None and self.feed is not None:
            self.first_at = self.feed.read
        self.lines += s.count("\n")
        return len(s)


def _peak_bytes(n: int) -> tuple[int, CountingSink]:
    feed, sink = Feed(n), CountingSink()
    sink.feed = feed
    tracemalloc.start()
    try:
        run_stream(EchoBot(), feed, sink)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sink


def test_10000_line_stream_in_constant_memory() -> None:
    small, _ = _peak_bytes(1_000)
    big, sink = _peak_bytes(10_000)
    assert sink.lines == 10_000
    assert sink.first_at == 1, "output must stream: line 1 answered before line 2 is read"
    # Ten times the input must not cost (much) more memory than one times.
    assert big < small * 1.5 + 256 * 1024, (small, big)
