"""Evaluation library: metrics, datasets, the batch harness and report writing.

Modules: `metrics` (pure scores), `schema` (eval-set records), `datasets` (JSONL and
BEIR I/O), `scoring` (per-case scores), `harness` (`run`, `run_beir`), `report`
(report directory, run comparison) and `plots` (matplotlib figures).
"""
