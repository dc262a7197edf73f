"""The evidence locker widgets of one case (gallery, metadata, viewer, export to open)."""
