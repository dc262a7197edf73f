"""First start: the wizard that creates the vault and shows the recovery key."""
