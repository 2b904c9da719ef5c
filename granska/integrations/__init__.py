"""granska inside other frameworks."""
