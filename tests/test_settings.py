"""Settings.from_env: each variable reaches its field, bad values fail with the variable's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings


def test_defaults_and_overrides() -> None:
    s = Settings.from_env({})
    assert (s.backend, s.query_precision, s.model) == ("embedded", "auto", "")
    s = Settings.from_env({"LEGALQA_QUERY_PRECISION": " FP32 ", "LEGALQA_INDEX_DIR": "/tmp/i",
                           "LEGALQA_MILVUS_LOAD": "no"})  # fmt: skip
    assert (s.query_precision, s.index_dir, s.milvus_load) == ("fp32", Path("/tmp/i"), False)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"LEGALQA_QUERY_PRECISION": "int8"}, "LEGALQA_QUERY_PRECISION must be auto, fp32 or bf16"),
        ({"LEGALQA_BACKEND": "elastic"}, "LEGALQA_BACKEND must be 'embedded' or 'milvus'"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env(env)
