"""Stand-alone dialogs: settings and about."""
