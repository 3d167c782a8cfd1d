"""The brief's sources as files: YAML with positions, typed records, diagnostics, TOML, linked articles."""
