"""The listening side of the UI: the dashboard, the feedback log and the results."""
