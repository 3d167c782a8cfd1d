"""From brief files to memo files: export one, write atomically, batch a folder, watch."""
