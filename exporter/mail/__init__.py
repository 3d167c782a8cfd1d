"""`brief mail`: compose a message per brief and language, dispatch, SMTP, the ledger."""
