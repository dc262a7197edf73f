"""Loads and validates the conversation and intake forms (forms/*.toml)."""
