"""Backups in the app: the Backups dialog (list, back up now, restore) and the restore."""
