"""The Audiences page: the employee directory (import, browse, filter, distributions)."""
