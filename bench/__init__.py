"""Retrieval benchmarks: quality ablations on the dev split, latency, scale, baseline."""
