"""The indexer: corpus documents → dated entries (→ chunks → stores, in later stages)."""
