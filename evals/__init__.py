"""Known-facts evaluation of retrieval and answers."""
