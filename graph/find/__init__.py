"""Finders: each reads a cleaned :class:`graph.clean.Text` and returns extracted objects.

Finding is kept apart from resolving (:mod:`graph.resolve`): a finder says what the text says
("a motion of the members Van Weyenberg and Smeulders, footnote 14"), the resolver decides what
that refers to ("kst-35570-XV-54").
"""
