"""granska: cited answers from Swedish public records."""

__version__ = "0.1.0"
