"""Retrieval: dates in questions, the loaded index, hybrid search with fusion."""
