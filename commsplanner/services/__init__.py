"""Segmentation, planning, scheduling, conflicts, import and export. No Qt widgets."""
