"""Who looked at a case: its access log on screen and on paper."""
