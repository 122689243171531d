"""The planning pages: strategy (values and goals), channels and blackouts, campaigns."""
