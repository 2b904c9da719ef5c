"""Extractive, cited answers: pick the sentences that answer, compose, or abstain."""
