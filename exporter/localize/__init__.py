"""A brief in one locale: strings resolved, values formatted by babel, text typeset and hyphenated."""
