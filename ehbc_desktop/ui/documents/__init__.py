"""The case's Documents tab and the helpers that show a rendered document in the print preview."""
