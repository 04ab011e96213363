"""The main window: navigation, conversation list, reading pane and the customer dock.

The window opens a data folder through the operations layer (off the UI thread) and
then shows the workspace, or the welcome page when there is nothing to show yet.  Views
refresh themselves from the operations layer's "what changed" flags; the window only
wires them together and runs the user's actions.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from console.conversations.detail import ConversationDetail
from console.customers.profile import CustomerProfile
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus
from console.inbox.actions import RecordedEvent, add_note, log_call, set_status
from console.inbox.counts import InboxCounts, inbox_counts
from console.inbox.queries import InboxFilter
from console.paths import DataDir, resolve_data_dir
from console.startup import StoreInfo, open_store, store_info
from console.storage.database import Database
from ui import format as fmt
from ui.changes import Change
from ui.conversation.view import ConversationView
from ui.customer.directory_view import CustomerDirectory
from ui.customer.panel import CustomerPanel
from ui.dialogs.call import CallDialog
from ui.dialogs.note import NoteDialog
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import app_icon
from ui.inbox.view import InboxPanel
from ui.navigation import NavigationPane, NavTarget
from ui.operations import Operations
from ui.page_stack import PageStack
from ui.status_area import Notice, SyncStatus
from ui.sync_controller import ServiceFactory
from ui.sync_service import SyncService
from ui.tray import Tray, keep_in_tray
from ui.welcome import WelcomePage
from ui.window_actions import build_actions, build_menus
from ui.window_sync import MailDesk

if TYPE_CHECKING:
    from ui.accounts.checks import Lookup
    from ui.window_work import WorkDesk

UNDO_MS = 8000
INBOX_VIEWS = {
    NavTarget.INBOX_ALL: InboxFilter.ATTENTION,
    NavTarget.INBOX_EMAIL: InboxFilter.EMAIL,
    NavTarget.WAITING: InboxFilter.WAITING,
    NavTarget.DONE: InboxFilter.DONE,
    NavTarget.ORDERS: InboxFilter.ORDERS,
}


PANEL_WIDTH = 330
"""The customer panel's first width: room for an address and an order's total."""
WORK_FALLBACK_MS = 400
"""On the welcome page (no inbox to paint first) the work desk is made this long after
the store opened."""
TITLE_BAR_ALLOWANCE = 40
"""Pixels left for the window manager's title bar when the first size is fitted to the
screen (the frame is not known before the window is shown)."""


class _FirstPaint(QObject):
    """Calls ``then`` once, right after ``widget``'s first paint once :meth:`arm` was
    called (when its rows are there), then lets go."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._armed = False
        self._then = then
        widget.installEventFilter(self)

    def arm(self) -> None:
        if self._widget is not None and not self._armed:
            self._armed = True
            self._widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and watched is self._widget and event.type() == QEvent.Type.Paint:
            self.cancel()
            QTimer.singleShot(0, self._then)
        return False

    def cancel(self) -> None:
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None


class MainWindow(QMainWindow):
    def __init__(
        self,
        operations: Operations,
        *,
        data_dir_option: str | None = None,
        tray: Tray | None = None,
        parent: QWidget | None = None,
        service_factory: ServiceFactory = SyncService,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = operations
        self._data_dir_option = data_dir_option
        self.tray = tray
        self.info: StoreInfo | None = None
        self._counts: InboxCounts | None = None
        self._quitting = False
        self._told_about_tray = False
        self.setWindowTitle(self.tr("Shopkeeper"))
        self.setWindowIcon(app_icon())
        self.resize(1360, 860)

        # Pages: opening…, welcome, workspace.
        self._opening = QLabel(self.tr("Opening your shop…"))
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = WelcomePage()
        self.navigation = NavigationPane()
        self.inbox = InboxPanel(operations)
        self.customers = CustomerDirectory(operations)
        self.placeholder = EmptyState("inbox")
        self._lists = PageStack()
        for list_page in (self.inbox, self.customers, self.placeholder):
            self._lists.addWidget(list_page)
        self.conversation = ConversationView(operations)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self._lists)
        self.splitter.addWidget(self.conversation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([214, 370, 560])
        self._pages = QStackedWidget()
        for page in (self._opening, self.welcome, self.splitter):
            self._pages.addWidget(page)
        self.setCentralWidget(self._pages)

        self.customer_panel = CustomerPanel(operations)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.customer_panel)
        self._panel_sized = False
        self._restored_state = False

        self.sync_status = SyncStatus()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().setSizeGripEnabled(False)
        self.notice = Notice()
        self.notice.undo_requested.connect(self._on_undo)
        self._undo_target: tuple[int, ConversationStatus, str] | None = None
        self.statusBar().addWidget(self.notice, 1)
        self.desk = MailDesk(
            self,
            operations,
            self.sync_status,
            tray,
            service_factory=service_factory,
            lookup=lookup,
        )
        self.desk.notice.connect(lambda text: self.notice.show_text(text, 15000))
        self._work: WorkDesk | None = None
        self._now: datetime | None = None
        self._work_soon = QTimer(self)
        self._work_soon.setSingleShot(True)
        self._work_soon.setInterval(WORK_FALLBACK_MS)
        self._work_soon.timeout.connect(self._prepare_work)
        self._first_paint = _FirstPaint(self.inbox.list.viewport(), self._prepare_work)
        self.inbox.model.loaded.connect(self._first_paint.arm)
        self.desk.sync.new_mail.connect(lambda _email, _n: self.refresh_counts())

        self.commands = build_actions(self)
        panel_toggle = self.customer_panel.toggleViewAction()
        panel_toggle.setText(self.tr("Customer &panel"))
        panel_toggle.setShortcut("Ctrl+I")
        build_menus(self.menuBar(), self.commands, panel_toggle)
        self.conversation.set_actions(
            [
                self.commands.done,
                self.commands.waiting,
                self.commands.reopen,
                None,
                self.commands.note,
                self.commands.call,
            ]
        )
        self._connect()
        self._update_actions(None)

    # The work desk, made after the first paint

    @property
    def work(self) -> WorkDesk:
        """Replying, callbacks, reminders, templates and orders (made on first use)."""
        return self._ensure_work()

    def _prepare_work(self) -> None:
        """Import the work desk's modules on a background thread, then make it here.

        Its views (composer, templates, callback queue, reminders, orders) take a third
        of a second to import, which the first paint of the inbox does not need; on a
        background thread the import leaves the window answering (the thread hands the
        GIL back every millisecond), and making the widgets takes 30 ms.  So this runs
        just after that first paint (or :data:`WORK_FALLBACK_MS` after the store opened
        when no inbox is shown); anything that needs the desk earlier makes it at once.
        """
        self._work_soon.stop()
        self._first_paint.cancel()
        if self._work is None:
            self.desk.background.run(
                lambda: importlib.import_module("ui.window_work"),
                lambda _module: self._ensure_work(),
                lambda _exc: self._ensure_work(),  # raises here, where it is seen
            )

    def _ensure_work(self) -> WorkDesk:
        """Make the :class:`WorkDesk` now if it is not made yet (see :meth:`_prepare_work`)."""
        if self._work is not None:
            return self._work
        from ui.window_work import WorkDesk

        self._work_soon.stop()
        self._first_paint.cancel()
        work = WorkDesk(self, self.ops, self.tray)
        self._work = work
        work.add_lists(self._lists.addWidget)
        work.add_menu(self.menuBar())
        self.restoreDockWidget(work.templates)
        if self._now is not None:
            work.set_now(self._now)
        if self.ops.db is not None and self.info is not None:
            work.open_store(self.ops.db, self.info)
            work.on_conversation_loaded(self.conversation.detail)
        return work

    # Wiring

    def _connect(self) -> None:
        a = self.commands
        a.done.triggered.connect(lambda: self.set_status(ConversationStatus.DONE))
        a.waiting.triggered.connect(lambda: self.set_status(ConversationStatus.WAITING))
        a.reopen.triggered.connect(lambda: self.set_status(ConversationStatus.OPEN))
        a.note.triggered.connect(self.add_note)
        a.call.triggered.connect(self.log_call)
        a.next.triggered.connect(lambda: self._move(1))
        a.previous.triggered.connect(lambda: self._move(-1))
        a.open.triggered.connect(lambda: self.conversation.browser.setFocus())
        a.search.triggered.connect(self._focus_search)
        a.refresh.triggered.connect(lambda: self.ops.announce(Change.everything()))
        a.add_account.triggered.connect(self.show_account_dialog)
        a.accounts.triggered.connect(lambda: self.desk.show_accounts())
        a.preferences.triggered.connect(self.desk.show_preferences)
        a.sample_shop.triggered.connect(self.open_sample_shop)
        a.backups.triggered.connect(self._open_backups)
        a.quit.triggered.connect(self.quit)
        self.welcome.sample_requested.connect(self.open_sample_shop)
        self.welcome.account_requested.connect(self.show_account_dialog)
        self.navigation.target_changed.connect(self._on_target)
        self.inbox.current_changed.connect(self.conversation.show_conversation)
        self.inbox.open_requested.connect(lambda _id: self.conversation.browser.setFocus())
        self.conversation.loaded.connect(self._on_conversation_loaded)
        self.conversation.link_hovered.connect(
            lambda url: (
                self.statusBar().showMessage(url) if url else self.statusBar().clearMessage()
            )
        )
        self.customer_panel.conversation_requested.connect(self.show_conversation)
        self.customer_panel.profile_loaded.connect(self._on_profile_loaded)
        self.customers.customer_changed.connect(self._on_customer_selected)
        self.ops.changed.connect(self._on_changed)
        self.ops.error.connect(lambda text: self.show_error(text))
        if self.tray is not None:
            self.tray.show_requested.connect(self.bring_to_front)
            self.tray.quit_requested.connect(self.quit)

    # Opening a data folder

    def open_store(self, data_dir: DataDir, *, demo: bool, now: datetime | None = None) -> None:
        """Open ``data_dir`` (building the sample shop in a demo folder) off the UI thread."""
        self._pages.setCurrentWidget(self._opening)
        self._opening.setText(
            self.tr("Preparing the sample shop…") if demo else self.tr("Opening your shop…")
        )
        self.ops.run(
            lambda: open_store(data_dir, demo=demo, now=now),
            self._on_store_opened,
            self._on_store_failed,
            what=self.tr("Open the data folder"),
        )

    def open_sample_shop(self) -> None:
        if self.info is not None and self.info.demo:
            return
        self.open_store(resolve_data_dir(self._data_dir_option, demo=True), demo=True)

    def _on_store_opened(self, result: tuple[Database, StoreInfo]) -> None:
        db, info = result
        self.ops.set_database(db)
        self.info = info
        self.conversation.images.reload_trusted()
        self.conversation.owner_name = info.owner_name
        self.customer_panel.author = info.owner_name
        self.setWindowTitle(
            self.tr("Shopkeeper — Sample shop") if info.sample_shop else self.tr("Shopkeeper")
        )
        self.commands.sample_shop.setEnabled(not info.demo)
        self.desk.open_store(db, info)
        if self._work is not None:
            self._work.open_store(db, info)
        self._show_pages(info)
        self.refresh_counts()

    def _show_pages(self, info: StoreInfo) -> None:
        if info.needs_account:
            self._pages.setCurrentWidget(self.welcome)
            self.customer_panel.hide()
            if self._work is None:
                self._work_soon.start()  # no inbox to paint first
            return
        self._pages.setCurrentWidget(self.splitter)
        self.customer_panel.show()
        if not self._panel_sized:
            # Once the window is laid out (earlier, Qt ignores it); a width the owner
            # dragged to is kept by restore_state.
            self._panel_sized = True
            if not self._restored_state:
                self.resizeDocks([self.customer_panel], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        if self.navigation.current_target() is None:
            self.navigation.select(NavTarget.INBOX_ALL)
        else:
            self._on_target(self.navigation.current_target())

    def _refresh_store_info(self) -> None:
        """After accounts changed: leave the welcome page once there is an account."""
        info = self.info
        if info is None or self.ops.db is None:
            return
        data_dir, demo = DataDir(info.data_dir), info.demo
        self.ops.query(
            lambda db: store_info(db, data_dir, demo=demo),
            self._on_store_info,
            what=self.tr("Read the mail accounts"),
        )

    def _on_store_info(self, info: StoreInfo) -> None:
        if self.info is None or info.data_dir != self.info.data_dir:
            return
        was_welcome = self._pages.currentWidget() is self.welcome
        self.info = info
        self.desk.info = info
        self.desk.set_account_count(info.accounts)
        if was_welcome and not info.needs_account:
            self._show_pages(info)

    def _on_store_failed(self, exc: Exception) -> None:
        self._opening.setText(fill(self.tr("The data folder could not be opened:\n%1"), str(exc)))
        self.desk.store_failed()

    # Navigation

    def _on_target(self, target: NavTarget | None) -> None:
        if target is None:
            return
        if target in INBOX_VIEWS:
            self._lists.setCurrentWidget(self.inbox)
            self.inbox.show_view(INBOX_VIEWS[target])
            return
        if target is NavTarget.CUSTOMERS:
            self._lists.setCurrentWidget(self.customers)
            self.customers.open()
            return
        work_list = self.work.show_target(target)
        if isinstance(work_list, QWidget):
            self._lists.setCurrentWidget(work_list)
            return
        if target is NavTarget.TEMPLATES:
            self.work.templates.show()
            self.work.templates.raise_()
        self._lists.setCurrentWidget(self.placeholder)
        self.placeholder.set_content(*self._coming_later(target))
        self.conversation.show_conversation(None)
        self.customer_panel.show_customer(None)

    def _coming_later(self, target: NavTarget) -> tuple[str, str, str]:
        """What an empty list says (today only Templates, which live in the sidebar)."""
        return (
            "templates",
            self.tr("Reply templates"),
            self.tr(
                "Your templates are in the sidebar on the right: double-click one or press "
                "Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu."
            ),
        )

    def _move(self, step: int) -> None:
        if self._lists.currentWidget() is self.customers:
            self.customers.step(step)
        else:
            self.inbox.step(step)

    def _focus_search(self) -> None:
        if self._lists.currentWidget() is self.customers:
            self.customers.focus_search()
        else:
            if self._lists.currentWidget() is not self.inbox:
                self.navigation.select(NavTarget.INBOX_ALL)
            self.inbox.focus_search()

    def show_conversation(self, conversation_id: int) -> None:
        """Open ``conversation_id``: selected in the list when it is there."""
        if self._lists.currentWidget() is self.inbox and self.inbox.select_conversation(
            conversation_id
        ):
            return
        self.conversation.show_conversation(conversation_id)

    def _on_conversation_loaded(self, detail: ConversationDetail | None) -> None:
        self._update_actions(detail)
        if self._lists.currentWidget() is self.customers:
            return  # the customer page drives the panel
        if detail is None:
            self.customer_panel.show_customer(None)
        else:
            self.customer_panel.show_customer(detail.customer_id, detail.id)

    def _on_customer_selected(self, customer_id: int | None) -> None:
        self.customer_panel.show_customer(customer_id)
        if customer_id is None:
            self.conversation.show_conversation(None)

    def _on_profile_loaded(self, profile: CustomerProfile | None) -> None:
        if self._lists.currentWidget() is not self.customers or profile is None:
            return
        shown = self.conversation.conversation_id
        ids = [c.id for c in profile.conversations]
        if shown not in ids:
            self.conversation.show_conversation(ids[0] if ids else None)

    def _update_actions(self, detail: ConversationDetail | None) -> None:
        status = detail.status if detail is not None else None
        self.commands.done.setEnabled(status not in (None, ConversationStatus.DONE))
        self.commands.waiting.setEnabled(status not in (None, ConversationStatus.WAITING))
        self.commands.reopen.setEnabled(status not in (None, ConversationStatus.OPEN))
        self.commands.note.setEnabled(detail is not None)
        self.commands.call.setEnabled(detail is not None and detail.customer_id is not None)

    # Actions on the conversation

    def set_status(self, status: ConversationStatus) -> None:
        detail = self.conversation.detail
        if detail is None or detail.status is status:
            return
        conversation_id, before, author = detail.id, detail.status, self._author()
        self.ops.change(
            lambda db: set_status(db, conversation_id, status, author=author),
            Change.STATUS | Change.TIMELINE,
            lambda event: self._status_changed(event, conversation_id, before, status),
            what=self.tr("Change the status"),
        )

    def _status_changed(
        self,
        event: RecordedEvent | None,
        conversation_id: int,
        before: ConversationStatus,
        after: ConversationStatus,
    ) -> None:
        if event is None:
            return
        match after:
            case ConversationStatus.DONE:
                text = self.tr("Marked as done.")
            case ConversationStatus.WAITING:
                text = self.tr("Now waiting on the customer.")
            case _:
                text = self.tr("Opened again.")
        self._undo_target = (conversation_id, before, self._author())
        self.notice.show_text(text, UNDO_MS, undo=True)

    def _on_undo(self) -> None:
        if self._undo_target is not None:
            self._revert(*self._undo_target)
            self._undo_target = None

    def _revert(self, conversation_id: int, status: ConversationStatus, author: str) -> None:
        self.ops.change(
            lambda db: set_status(db, conversation_id, status, author=author),
            Change.STATUS | Change.TIMELINE,
            lambda _event: self.show_conversation(conversation_id),
            what=self.tr("Undo the status change"),
        )

    def add_note(self) -> None:
        detail = self.conversation.detail
        if detail is None:
            return
        dialog = NoteDialog(detail.customer_name, self)
        if dialog.exec() != NoteDialog.DialogCode.Accepted or not dialog.text():
            return
        self.record_note(detail.id, dialog.text())

    def record_note(self, conversation_id: int, text: str) -> None:
        author = self._author()
        self.ops.change(
            lambda db: add_note(db, text, author=author, conversation_id=conversation_id),
            Change.TIMELINE,
            lambda _event: self.notice.show_text(self.tr("Note added.")),
            what=self.tr("Add the note"),
        )

    def log_call(self) -> None:
        detail = self.conversation.detail
        if detail is None or detail.customer_id is None:
            return
        profile = self.customer_panel.profile
        phones = (
            [(p.display, p.e164) for p in profile.phones]
            if profile is not None and profile.id == detail.customer_id
            else []
        )
        dialog = CallDialog(detail.customer_name, phones, self)
        if dialog.exec() != CallDialog.DialogCode.Accepted:
            return
        log = dialog.result_log()
        self.record_call(detail.id, log.outcome, log.phone, log.note)

    def record_call(
        self, conversation_id: int, call_outcome: CallOutcome, phone: str, note: str
    ) -> None:
        author = self._author()
        self.ops.change(
            lambda db: log_call(
                db,
                call_outcome,
                author=author,
                conversation_id=conversation_id,
                phone=phone,
                note=note,
            ),
            Change.TIMELINE,
            lambda _event: self.notice.show_text(
                fill(self.tr("Call logged: %1."), fmt.call_outcome_text(call_outcome))
            ),
            what=self.tr("Log the call"),
        )

    def _author(self) -> str:
        return self.info.owner_name if self.info is not None else "owner"

    # Counts, status bar, errors

    def refresh_counts(self) -> None:
        if self.ops.db is None:
            return
        now = self.inbox.model.pinned_now  # pinned for screenshots and tests
        self.ops.query(
            lambda db: inbox_counts(db, now=now),
            self._on_counts,
            what=self.tr("Count conversations"),
        )

    def _on_counts(self, counts: InboxCounts) -> None:
        self._counts = counts
        self.navigation.set_counts(counts)
        self.desk.on_counts(counts)

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.CONVERSATIONS | Change.STATUS | Change.CUSTOMER | Change.STORE):
            self.refresh_counts()
        if changes.touches(Change.ACCOUNTS) and not changes.touches(Change.STORE):
            self._refresh_store_info()

    def show_sync_state(self, text: str, level: str = "info") -> None:
        """Show the sync state in the status bar; ``level``: info, busy, ok, warning, error."""
        self.sync_status.set_state(text, level)

    def show_error(self, text: str) -> None:
        self.notice.show_text(fill(self.tr("Something went wrong: %1"), text), 15000, error=True)

    def _open_backups(self) -> None:
        from ui.backups.dialog import open_backups_dialog

        open_backups_dialog(self)

    def show_account_dialog(self) -> None:
        """The account wizard; from the sample shop it first opens the real shop's folder."""
        if self.info is not None and (self.info.demo or self.info.sample_shop):
            self.open_store(resolve_data_dir(self._data_dir_option), demo=False)
        self.desk.show_wizard()

    # Window life

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" for ages shown (screenshots and tests)."""
        self.inbox.set_now(now)
        self.conversation.set_now(now)
        self.customer_panel.set_now(now)
        self._now = now
        if self._work is not None:
            self._work.set_now(now)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.fit_to_screen()
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self._restored_state = self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def fit_to_screen(self) -> None:
        """On the first start, the default size, or less on a smaller screen, centred.

        A 1366 × 768 laptop leaves about 730 pixels below its panel, less the title bar:
        the default 860 would put the composer's Send button below the screen's edge.
        """
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(
            min(self.width(), available.width()),
            min(self.height(), available.height() - TITLE_BAR_ALLOWANCE),
        )
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())

    def quit(self) -> None:
        self._quitting = True
        if self._work is not None:
            self._work.shutdown()
        self.desk.shutdown()
        self.customer_panel.save_notes()
        self.save_state()
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.customer_panel.save_notes()
        if (
            not self._quitting
            and self.tray is not None
            and self.tray.isVisible()
            and keep_in_tray()
        ):
            self.save_state()
            self.hide()
            event.ignore()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.showMessage(
                    self.tr("Shopkeeper is still running"),
                    self.tr("New mail keeps arriving. Quit from the tray menu."),
                    app_icon(),
                    5000,
                )
            return
        self.save_state()
        event.accept()
