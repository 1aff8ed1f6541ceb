"""Evaluation library: metrics, datasets, the batch harness and report writing.

Modules: `metrics` (pure scores), `schema` (eval-set records), `datasets` (eval-set,
generic Q/A and BEIR I/O; BEIR itself in `beir`), `scoring` (one case's scores),
`harness` (`run`, `run_beir`), `results` (`Report`, aggregation), `report` (report
directory, run comparison) and `plots` (matplotlib figures, optional dependency).
"""
