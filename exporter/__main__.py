"""``python -m exporter`` runs the ``brief`` command."""

from exporter.process import main

main()
