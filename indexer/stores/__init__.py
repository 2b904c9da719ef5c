"""The two stores every chunk goes into: a Chroma collection (vectors) and a BM25 index (words)."""
