"""The security boundary: keys, key slots, the SQLCipher engine, blobs, archives, the lock."""
