"""Every reach into a third-party library's private names, in one place per library."""
