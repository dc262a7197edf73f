"""Qt-free use cases that the UI and the CLI call; each writes its audit event."""
