"""Comms Planner: plan internal communications for employees as internal customers."""

__version__ = "0.1.0"
