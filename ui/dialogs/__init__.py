"""Small dialogs: add a note, log a call, add an account."""
