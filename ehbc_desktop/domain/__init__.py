"""Pure-Python domain: the vocabulary, the records of a case and the rules of the method."""
