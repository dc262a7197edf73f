"""Use cases of a case as a whole: open, name, people, notes, timeline, dashboard, closing."""
