"""Follow-ups and agreements: plan them, record their outcome, the agenda."""
