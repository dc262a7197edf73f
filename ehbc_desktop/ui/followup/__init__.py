"""Agreements and follow-ups of a case (case tab) and across cases (navigation page)."""
