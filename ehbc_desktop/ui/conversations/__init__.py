"""The conversations of a case: the tab, the wizard dialog, the read view and amendments."""
