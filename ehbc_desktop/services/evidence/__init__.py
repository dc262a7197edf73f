"""The evidence locker: encrypted blobs, their I/O helpers and the typed errors."""
