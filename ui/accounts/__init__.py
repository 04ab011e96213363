"""Mail accounts in the app: the first-run wizard, the settings dialog and their form."""
