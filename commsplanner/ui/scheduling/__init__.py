"""Smart scheduling in the UI: live what-if while dragging, free slots, balancing, order rules."""
