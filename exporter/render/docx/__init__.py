"""The DOCX renderer: a python-docx package around the memo's WordprocessingML."""
