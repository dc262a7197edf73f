"""The case list: search-as-you-type, filters, sortable columns."""
