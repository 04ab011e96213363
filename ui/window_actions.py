"""The main window's actions, their keyboard shortcuts and menus.

Single-letter shortcuts (j, k, e, …) act on the conversation list and reading pane;
while a text field has the focus, the letters are typed as usual.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from ui.icons import icon


@dataclass(frozen=True, slots=True)
class WindowActions:
    done: QAction
    waiting: QAction
    reopen: QAction
    note: QAction
    call: QAction
    next: QAction
    previous: QAction
    open: QAction
    search: QAction
    refresh: QAction
    add_account: QAction
    accounts: QAction
    preferences: QAction
    sample_shop: QAction
    backups: QAction
    quit: QAction

    def conversation_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open conversation."""
        return (self.done, self.waiting, self.reopen, self.note, self.call)


def _action(
    parent: QWidget, text: str, shortcuts: list[str], icon_name: str | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        hint = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({hint})")
    parent.addAction(action)
    return action


def build_actions(parent: QWidget) -> WindowActions:
    return WindowActions(
        done=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Done"),
            ["Ctrl+D", "E"],
            "check",
            QCoreApplication.translate("MainWindow", "Mark as done"),
        ),
        waiting=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Waiting"),
            ["W", "Ctrl+Shift+W"],
            "waiting",
            QCoreApplication.translate("MainWindow", "Waiting on the customer"),
        ),
        reopen=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Reopen"),
            ["U", "Ctrl+Shift+O"],
            "reopen",
            QCoreApplication.translate("MainWindow", "Open again"),
        ),
        note=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Note…"),
            ["N", "Ctrl+Shift+N"],
            "note",
            QCoreApplication.translate("MainWindow", "Add a note"),
        ),
        call=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Log call…"),
            ["C", "Ctrl+Shift+L"],
            "phone",
            QCoreApplication.translate("MainWindow", "Log a call"),
        ),
        next=_action(parent, QCoreApplication.translate("MainWindow", "&Next conversation"), ["J"]),
        previous=_action(
            parent, QCoreApplication.translate("MainWindow", "&Previous conversation"), ["K"]
        ),
        open=_action(parent, QCoreApplication.translate("MainWindow", "&Read conversation"), []),
        search=_action(
            parent, QCoreApplication.translate("MainWindow", "&Search"), ["Ctrl+F", "/"], "search"
        ),
        refresh=_action(
            parent, QCoreApplication.translate("MainWindow", "&Refresh"), ["F5"], "refresh"
        ),
        add_account=_action(
            parent, QCoreApplication.translate("MainWindow", "&Add mail account…"), [], "mail-plus"
        ),
        accounts=_action(
            parent, QCoreApplication.translate("MainWindow", "Mail &accounts…"), [], "mail"
        ),
        preferences=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            [QKeySequence(QKeySequence.StandardKey.Preferences).toString() or "Ctrl+,"],
        ),
        sample_shop=_action(
            parent,
            QCoreApplication.translate("MainWindow", "Open the &sample shop"),
            [],
            "sparkles",
        ),
        backups=_action(
            parent, QCoreApplication.translate("MainWindow", "&Backups…"), [], "shield"
        ),
        quit=_action(
            parent,
            QCoreApplication.translate("MainWindow", "&Quit"),
            [QKeySequence(QKeySequence.StandardKey.Quit).toString() or "Ctrl+Q"],
        ),
    )


def build_menus(bar: QMenuBar, actions: WindowActions, panel_toggle: QAction) -> None:
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.add_account)
    file_menu.addAction(actions.accounts)
    file_menu.addAction(actions.sample_shop)
    file_menu.addSeparator()
    file_menu.addAction(actions.backups)
    file_menu.addAction(actions.preferences)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    conversation = bar.addMenu(QCoreApplication.translate("MainWindow", "&Conversation"))
    for action in (actions.done, actions.waiting, actions.reopen):
        conversation.addAction(action)
    conversation.addSeparator()
    conversation.addAction(actions.note)
    conversation.addAction(actions.call)
    conversation.addSeparator()
    conversation.addAction(actions.next)
    conversation.addAction(actions.previous)
    conversation.addAction(actions.open)
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addAction(actions.search)
    view.addAction(actions.refresh)
    view.addSeparator()
    view.addAction(panel_toggle)
