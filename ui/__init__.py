"""The chat UI for granskare (mounted in the service)."""
