"""The terminal quiz: the only package that imports Textual.

Modules here other than ``app``, ``screens`` and ``widgets`` (``session``, ``library``,
``cli``) stay free of Textual imports so ``quizgen --help`` and ``quizgen stats`` are fast.
"""
