"""Group methods: the class thermometer and the guided sequences of the group approaches."""
