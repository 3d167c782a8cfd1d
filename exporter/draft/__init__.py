"""``brief draft``: an article in, a draft brief out (see :mod:`exporter.draft.build`)."""
