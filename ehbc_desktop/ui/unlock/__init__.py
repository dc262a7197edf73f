"""The unlock screen and the recovery-key path."""
