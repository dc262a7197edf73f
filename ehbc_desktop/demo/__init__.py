"""Demo and practice data: a fictional vault made through the real services (beside cli/)."""
