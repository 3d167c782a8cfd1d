"""The brief checked against the articles it cites: references, quotes, figures, claims."""
