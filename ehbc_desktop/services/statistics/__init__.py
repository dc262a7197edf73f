"""Anonymous statistics of a period: counts only, small cells hidden (CLI, window, PDF)."""
