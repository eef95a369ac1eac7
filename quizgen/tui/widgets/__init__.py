"""Widgets of the terminal quiz, one per module."""
