"""What the memo looks like and how it is organised: styles, conventions, font families."""
