"""Start Shopkeeper: ``python main.py`` opens the app, ``python main.py COMMAND`` runs headless."""

from ui.launcher import entry

if __name__ == "__main__":
    entry()
