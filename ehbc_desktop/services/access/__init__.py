"""Creating, opening and checking vaults."""
