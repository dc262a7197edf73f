"""The school's own settings (kept in the vault)."""
