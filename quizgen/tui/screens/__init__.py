"""Screens of the terminal quiz, one per module."""
