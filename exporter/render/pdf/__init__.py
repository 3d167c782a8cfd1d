"""The PDF renderer: reportlab platypus, tagged (PDF/UA-1) and archivable (PDF/A-2a)."""
