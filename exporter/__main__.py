"""``python -m exporter`` runs the ``brief`` command."""

from exporter.cli import main

main()
