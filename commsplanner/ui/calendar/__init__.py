"""The calendar: month, week, timeline and agenda views with drag-and-drop and conflicts."""
