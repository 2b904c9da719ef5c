"""The service: answers with citations over HTTP (built on the indexer's entries)."""
