"""The dashboard: counters, due and overdue follow-ups, cases without a next step."""
