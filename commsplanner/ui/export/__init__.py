"""Export dialogs (Word plan, …)."""
