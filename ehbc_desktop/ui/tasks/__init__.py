"""Running long service calls off the GUI thread with progress and cancel."""
