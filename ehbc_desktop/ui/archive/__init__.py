"""The case archive dialogs: export with a proposed passphrase, verify, import."""
