"""The shop's daily work around the inbox, wired into the main window.

Replying (composer under the conversation, templates dock, outbox in the status bar),
promises caught while typing, the callback queue and the reminders views, due-reminder
notifications, and orders in the customer panel.  The main window creates one
:class:`WorkDesk` and forwards store, navigation and clock changes to it; everything
else is connected here, so the window itself stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from console.conversations.detail import ConversationDetail
from console.outbox.compose import Draft, Recipient
from console.startup import StoreInfo
from console.storage.database import Database
from console.storage.models import utcnow
from ui.callbacks.queue_view import CallbackQueueView
from ui.composer.dialog import NewMessageDialog
from ui.composer.widget import ComposerWidget
from ui.customers.merge_dialog import MergeDialog
from ui.i18n import fill
from ui.navigation import NavTarget
from ui.notifications.desktop import DesktopNotifications
from ui.operations import Operations
from ui.orders.import_dialog import ImportDialog
from ui.orders.panel import OrdersSection
from ui.outbox.service import OutboxService
from ui.outbox.status import OutboxStatus
from ui.promises.chips import PromiseChips
from ui.promises.followup import FollowupToggle
from ui.promises.saving import ReplyReminders
from ui.promises.setup import PromiseSetup, read_setup
from ui.reminders.notifier import Notifier
from ui.reminders.rows import Section
from ui.reminders.view import RemindersView
from ui.templates.filling import CustomerMessage, customer_message
from ui.templates.sidebar import TemplateSidebar
from ui.tray import Tray

if TYPE_CHECKING:
    from ui.main_window import MainWindow

REMINDER_SECTIONS = {
    NavTarget.OVERDUE: Section.OVERDUE,
    NavTarget.TODAY: Section.TODAY,
    NavTarget.UPCOMING: Section.UPCOMING,
}


class WorkDesk(QObject):
    """Creates the work views and connects them to the window and to each other.

    Threading rule: UI thread only; the views run their database work through
    :class:`~ui.operations.Operations`.
    """

    def __init__(self, window: MainWindow, operations: Operations, tray: Tray | None) -> None:
        super().__init__(window)
        self._window = window
        self._ops = operations
        self.setup = PromiseSetup()

        # Replying: composer under the conversation, promises and follow-ups under its text.
        self.composer = ComposerWidget(operations)
        window.conversation.attach_composer(self.composer)
        self.chips = PromiseChips(self.composer.body)
        self.followup = FollowupToggle()
        self.composer.add_below_text(self.chips)
        self.composer.add_below_text(self.followup)
        self.reply_reminders = ReplyReminders(operations, self.chips, self.followup, parent=self)

        self.templates = TemplateSidebar(operations)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.templates)
        window.tabifyDockWidget(window.customer_panel, self.templates)
        window.customer_panel.raise_()

        self.outbox = OutboxService(operations, self)
        self.outbox_status = OutboxStatus(operations, self.outbox)
        window.statusBar().addPermanentWidget(self.outbox_status)

        # Lists beside the inbox.
        self.callbacks = CallbackQueueView(operations)
        self.reminders = RemindersView(operations)
        self.orders = OrdersSection(operations)
        window.customer_panel.add_section(self.orders)

        desktop = DesktopNotifications.session(self)  # the tray when there is no service
        self.notifier = Notifier(operations, tray, self, desktop=desktop)
        self._connect()

    def _connect(self) -> None:
        window, composer = self._window, self.composer
        show_text: Callable[[str], None] = lambda text: window.notice.show_text(text)  # noqa: E731
        window.conversation.loaded.connect(self.on_conversation_loaded)
        self.templates.insert_requested.connect(composer.insert_template)
        self.templates.loaded.connect(window.refresh_counts)  # the Templates count
        composer.outbox_due.connect(self.outbox.wake)
        composer.notice.connect(show_text)
        composer.queued.connect(self.reply_reminders.on_queued)
        composer.undone.connect(self.reply_reminders.on_undone)
        self.outbox.changed.connect(composer.on_outbox_change)
        self.outbox.changed.connect(self.reply_reminders.on_outbox_change)
        self.outbox_status.draft_restored.connect(self._open_draft)
        self.callbacks.conversation_requested.connect(window.show_conversation)
        self.callbacks.customer_selected.connect(window.customer_panel.show_customer)
        self.callbacks.notice.connect(show_text)
        self.reminders.open_requested.connect(window.show_conversation)
        self.reminders.customer_requested.connect(window.customer_panel.show_customer)
        self.reminders.template_requested.connect(self._use_template)
        self.reminders.notice.connect(show_text)
        self.reminders.counts_changed.connect(lambda *_: window.refresh_counts())
        self.orders.conversation_requested.connect(window.show_conversation)
        self.notifier.clicked.connect(self._on_notification_clicked)
        self.notifier.route_actions(self.reminders)
        self.notifier.notice.connect(show_text)

    def add_menu(self, bar: QMenuBar) -> None:
        """The Shop menu: writing, templates, the outbox, callbacks, orders, customers."""
        menu = bar.addMenu(self.tr("&Shop"))
        entries: list[tuple[str, str, Callable[[], object]] | None] = [
            (self.tr("&New message…"), "Ctrl+Shift+N", self.new_message),
            (self.tr("&Reply"), "R", lambda: self.composer.body.setFocus()),
            None,
            (self.tr("Manage &templates…"), "", self.templates.open_manager),
            (self.tr("Show the &outbox…"), "", self._show_outbox),
            None,
            (self.tr("New &callback…"), "", self._new_callback),
            (self.tr("Callback &form rules…"), "", lambda: self.callbacks.open_rules()),
            None,
            (self.tr("&Import orders…"), "", self._import_orders),
            (self.tr("&Merge or split customers…"), "", self._merge_customers),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, shortcut, slot = entry
            action = QAction(text, self._window)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            menu.addAction(action)
        menu.addSeparator()
        toggle = self.templates.toggleViewAction()
        toggle.setText(self.tr("Templates &sidebar"))
        menu.addAction(toggle)

    def new_message(self) -> None:
        profile = self._window.customer_panel.profile
        to: tuple[Recipient, ...] = ()
        if profile is not None and profile.emails:
            to = (Recipient(profile.emails[0], profile.name),)
        dialog = NewMessageDialog(self._ops, to, author=self.composer.author, parent=self._window)
        self.templates.install_shortcuts(dialog)
        dialog.show()

    def _show_outbox(self) -> None:
        self.outbox_status.show_outbox(failed_only=False)

    def _new_callback(self) -> None:
        self._window.navigation.select(NavTarget.CALLBACKS)
        self.callbacks.new_callback()

    def _import_orders(self) -> None:
        ImportDialog(self._ops, parent=self._window).exec()

    def _merge_customers(self) -> None:
        profile = self._window.customer_panel.profile
        dialog = MergeDialog(
            self._ops,
            customer_id=profile.id if profile is not None else None,
            author=self.composer.author,
            parent=self._window,
        )
        dialog.merged.connect(self._window.customer_panel.show_customer)
        dialog.exec()

    def _open_draft(self, draft: Draft) -> None:
        """A restored draft: show the conversation it replies to."""
        if draft.conversation_id:
            self._window.show_conversation(draft.conversation_id)

    def add_lists(self, add: Callable[[QWidget], object]) -> None:
        """Put the callback queue and the reminders view into the window's list stack."""
        add(self.callbacks)
        add(self.reminders)

    # Store, navigation, clock

    def open_store(self, db: Database, info: StoreInfo) -> None:
        author = info.owner_name
        self.composer.author = author
        self.callbacks.author = author
        self.reminders.author = author
        self.notifier.author = author
        self.reply_reminders.author = author
        self.templates.reload()
        self.outbox_status.refresh()
        self.outbox.stop()
        if not info.demo:
            self.outbox.start(db)  # the sample shop never sends anything
        self._ops.query(read_setup, self._on_setup, what=self.tr("Read the shop's hours"))

    def _on_setup(self, setup: PromiseSetup) -> None:
        self.setup = setup
        self.chips.set_setup(setup)
        self.reminders.set_setup(setup)
        self.notifier.tz = setup.tz
        self.notifier.stop()
        self.notifier.start()

    def show_target(self, target: NavTarget) -> QObject | None:
        """The list widget for ``target`` when it is one of ours, shown; else None."""
        if target is NavTarget.CALLBACKS:
            self.callbacks.open()
            return self.callbacks
        if target in REMINDER_SECTIONS:
            self.reminders.show_section(REMINDER_SECTIONS[target])
            return self.reminders
        return None

    def on_conversation_loaded(self, detail: ConversationDetail | None) -> None:
        self.composer.open_reply(detail.id if detail else None)
        self.templates.set_conversation(detail)
        if detail is None:
            self.reply_reminders.set_conversation(None, None, None)
        else:
            self.reply_reminders.set_conversation(detail.id, detail.customer_id, detail.language)
            self.chips.set_language(detail.language)

    def _use_template(self, key: str, customer_id: int) -> None:
        """An occasion's "Write…": a new message to the customer, the template filled in."""
        self._window.customer_panel.show_customer(customer_id)
        self._ops.query(
            lambda db: customer_message(db, key, customer_id),
            self._on_customer_message,
            what=self.tr("Fill in the template"),
        )

    def _on_customer_message(self, message: CustomerMessage | None) -> None:
        if message is None:
            return
        if message.email is None:
            self._window.notice.show_text(
                fill(self.tr("There is no email address for %1."), message.name)
            )
            return
        dialog = NewMessageDialog(
            self._ops,
            (Recipient(message.email, message.name),),
            language=message.filled.language if message.filled is not None else None,
            author=self.composer.author,
            parent=self._window,
        )
        self.templates.install_shortcuts(dialog)
        if message.filled is not None and message.filled.problem is None:
            dialog.composer.insert_template(message.filled)
        else:
            self.templates.show()
            self.templates.raise_()
        dialog.show()

    def _on_notification_clicked(self, row: object) -> None:
        self._window.bring_to_front()
        reminder = getattr(row, "reminder", None)
        later = reminder is not None and reminder.deadline >= utcnow()  # still in Today
        self._window.navigation.select(NavTarget.TODAY if later else NavTarget.OVERDUE)
        if reminder is not None:
            self.reminders.select_reminder(reminder.id)

    def set_now(self, now: datetime | None) -> None:
        self.callbacks.set_now(now)
        self.orders.set_now(now)
        self.reminders.set_now(now)
        self.notifier.set_now(now)

    def shutdown(self) -> None:
        self.composer.flush_draft()
        self.notifier.stop()
        self.outbox.stop()
