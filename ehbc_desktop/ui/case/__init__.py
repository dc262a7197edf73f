"""One case on screen: header, people involved, timeline, notes, and its dialogs."""
