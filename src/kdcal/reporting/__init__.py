"""The reporting stage: the results table, figures, which to ship, the sweep's summary and the check
against the published numbers."""
