"""Case archives (export, import, their JSON records) and whole-vault backups."""
