"""The callback queue, its dialogs (new request, reached call, form rules) and texts."""
