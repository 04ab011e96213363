"""Reply templates in the app: the sidebar that inserts them and the dialog that edits them."""
