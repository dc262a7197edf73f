"""The pupil's wish about the parents (12+ rule): the notice, the dialog that records it."""
