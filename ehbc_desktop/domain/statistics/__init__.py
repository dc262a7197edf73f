"""Anonymous case statistics: periods, per-case facts, counting and small-cell suppression.

Pure Python: the store fills `CaseFacts`, `compute.count_period` counts them, and
`suppression.publish` turns the counts into what may be shown (no count below the threshold,
none recoverable by subtraction). Nothing here ever holds a name or a free text.
"""
