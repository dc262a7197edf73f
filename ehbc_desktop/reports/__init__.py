"""ReportLab documents: one module per document on a shared page template."""
