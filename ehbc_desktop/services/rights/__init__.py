"""The pupil's rights: 12+ wish, colleagues and roles, confidential cases, retention, access log."""
