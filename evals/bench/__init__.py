"""Benchmarks that print figures (``granska bench``): cold start, latency vs. the embedding floor,
HTTP concurrency, memory, and a scale curve. Not timed tests: figures to read and compare."""
