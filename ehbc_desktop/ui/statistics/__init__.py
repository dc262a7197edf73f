"""The "Figures" navigation page: anonymous statistics with charts, built on first show."""
