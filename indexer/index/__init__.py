"""Index lifecycle: build beside the live index, reuse unchanged vectors, swap atomically."""
