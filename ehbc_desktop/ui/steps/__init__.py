"""The step plan screens: new report, step bar, triage, severity, choice moment, observation."""
