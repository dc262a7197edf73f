"""The step plan's use cases: the report, triage, severity, the approach, drafts."""
