"""The one set of test data builders; each builds one thing, once.

- `records`: domain records in memory (`CaseBuilder`, the DAY0 calendar: `days`, `at`).
- `story`: the realistic fictional case in memory, with names in its free text, and the
  inputs of every document (`make_record`, `all_inputs`, `repair_input`).
- `inputs`: what a teacher types for a new case (`victim()`, `bully()` participant inputs).
- `vault`: real vaults (`new_vault`), the story written into one (`build_case`), single rows
  (`add_follow_up`, `add_agreement`, `add_triage`), `settle` before a file snapshot.
- `archive`: rich cases with evidence for the archive and backup tests (`vault_with_cases`).
- `rows`: one row of every kind straight through the store models (`fill_every_record`).

They replace tests/factories.py, tests/unit/services/factories.py, tests/unit/store/sample.py,
tests/document_case.py, tests/integration/archive_support.py and the builders of
tests/unit/reports/conftest.py (which keeps only the `record` fixture); the names mostly stayed.

The start screens' in-memory `Backend` is tests/gui/memory_backend.py (a fake, not data).
"""
