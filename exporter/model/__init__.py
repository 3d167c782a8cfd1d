"""The brief as typed values: its dataclasses, the marking schemes it may name, loading and walking it."""
