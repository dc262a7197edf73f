"""The Vault menu: case archives, backups, the recovery sheet and the daily backup."""
