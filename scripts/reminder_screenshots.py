"""Render the promise chips and the Reminders view to ``docs/screenshots/``.

    python scripts/reminder_screenshots.py                 # English, light and dark
    python scripts/reminder_screenshots.py --lang hr --lang de
    python scripts/reminder_screenshots.py --all-languages

Offscreen, on a fresh sample shop with a busy week of promises (see
``tests/ui/reminders/scenario.py``), "now" pinned at Tuesday 24 November 2026, 14:30 in
Zagreb.  Writes ``reminders-<lang>[-dark][-overdue].png`` (the view),
``promises-<lang>[-dark][-picker].png`` (chips in the composer) and
``note-<lang>[-dark].png`` (chips in the note dialog).  The chips and the toggle are put
into the composer and the note dialog here the way the integration is meant to.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window saves its layout when it closes: into a throwaway folder, not the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shopkeeper-shots-config-")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QVBoxLayout,
)

from console.demo.sample_shop import build_sample_shop  # noqa: E402
from console.storage.database import Database  # noqa: E402
from tests.ui.reminders.scenario import (  # noqa: E402
    HOURS,
    SUNDAY,
    TUESDAY,
    ZAGREB,
    busy_week,
    conversation_of,
)
from ui.composer.widget import ComposerWidget  # noqa: E402
from ui.dialogs.note import NoteDialog  # noqa: E402
from ui.icons import clear_cache  # noqa: E402
from ui.operations import Operations  # noqa: E402
from ui.promises.chips import PromiseChips  # noqa: E402
from ui.promises.followup import FollowupToggle  # noqa: E402
from ui.promises.setup import PromiseSetup  # noqa: E402
from ui.reminders.rows import Section  # noqa: E402
from ui.reminders.view import RemindersView  # noqa: E402
from ui.translations import available_languages, install_translations  # noqa: E402

OUTPUT = ROOT / "docs" / "screenshots"
CUSTOMERS = {
    "en": "Emma Clarke",
    "hr": "Marko Horvat",
    "de": "Klaus Weber",
    "ru": "Ольга Смирнова",
    "sl": "Mojca Kranjc",
    "tr": "Ayşe Yılmaz",
}
TYPED = {
    "en": "next Wed 10:00 call Ana",
    "hr": "sutra 9:00 nazvati Marka",
    "de": "morgen 9:00 Herrn Weber anrufen",
    "ru": "завтра 9:00 позвонить Ольге",
    "sl": "jutri ob 9:00 pokliči Mojco",
    "tr": "yarın 9:00 Ayşe Hanım'ı ara",
}
REPLIES = {
    "en": "Hello Emma,\n\nthank you for your patience. I'll call the courier tomorrow at 10 "
    "and we will ship the replacement by Friday.\n\nKind regards,\nIvana",
    "hr": "Poštovani gospodine Horvat,\n\nnazvat ću Vas u srijedu oko dostave, a paket "
    "šaljemo do petka. Račun ću Vam poslati 25.12.\n\nLijep pozdrav,\nIvana",
    "de": "Guten Tag Herr Weber,\n\nich rufe Sie am Mittwoch an, und wir schicken das Paket "
    "bis Freitag.\n\nFreundliche Grüße\nIvana",
    "ru": "Здравствуйте, Ольга!\n\nПозвоню Вам в среду, а посылку отправим до пятницы.\n\n"
    "С уважением,\nИвана",
    "sl": "Pozdravljeni,\n\npoklicala vas bom v sredo, paket pa pošljemo do petka.\n\n"
    "Lep pozdrav,\nIvana",
    "tr": "Merhaba Ayşe Hanım,\n\nçarşamba günü sizi arayacağım, siparişinizi cuma günü "
    "kargoya vereceğiz.\n\nSaygılarımla,\nIvana",
}


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the view did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2b2e",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e20",
        QPalette.ColorRole.AlternateBase: "#2b2b2e",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35353a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#35353a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8f",
        QPalette.ColorRole.Mid: "#4a4a50",
        QPalette.ColorRole.Light: "#505056",
        QPalette.ColorRole.Dark: "#18181a",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def render_view(app: QApplication, operations: Operations, language: str, path: Path) -> None:
    view = RemindersView(operations, clock=lambda: TUESDAY)
    view.author = "Ivana"
    view.set_setup(PromiseSetup(ZAGREB, HOURS, "hr"))
    view.show_section(Section.TODAY)
    view.resize(460, 860)
    view.show()
    view.refresh()
    wait_for(app, lambda: view.model.page is not None and operations.idle)
    view.add_box.field.setText(TYPED.get(language, TYPED["en"]))
    view.list.setFocus()
    view.select_reminder(view.model.row_at(1).reminder.id)  # type: ignore[union-attr]
    settle(app)
    view.grab().save(str(path))
    view.show_section(Section.OVERDUE)
    wait_for(app, lambda: operations.idle)
    settle(app)
    view.grab().save(str(path.with_name(path.stem + "-overdue.png")))
    view.close()
    view.deleteLater()
    wait_for(app, lambda: operations.idle)


def render_composer(
    app: QApplication, operations: Operations, db: Database, language: str, path: Path
) -> None:
    """The reply composer with the chips under the text and the follow-up toggle under
    them (where the integration puts them)."""
    composer = ComposerWidget(operations)
    conversation_id, _customer, conversation_language = conversation_of(
        db, CUSTOMERS.get(language, CUSTOMERS["en"])
    )
    composer.open_reply(conversation_id)
    wait_for(app, lambda: composer.loaded and operations.idle)
    chips = PromiseChips(composer.body, clock=lambda: TUESDAY)
    chips.set_setup(PromiseSetup(ZAGREB, HOURS, "hr"))
    chips.set_language(conversation_language)
    followup = FollowupToggle()
    followup.set_days(3)
    editor = composer.layout().itemAt(1).layout()
    editor.insertWidget(editor.indexOf(composer.body) + 1, chips)
    editor.insertWidget(editor.indexOf(chips) + 1, followup)
    composer.body.setPlainText(REPLIES.get(language, REPLIES["en"]))
    chips.detect_now()
    entries = chips.entries()
    if entries:
        chips.confirm(entries[0].key)
    composer.resize(720, 420)
    composer.show()
    settle(app)
    composer.grab().save(str(path))
    if entries:
        picker = chips.edit(entries[0].key)
        if picker is not None:
            settle(app)
            picker.grab().save(str(path.with_name(path.stem + "-picker.png")))
            picker.close()
    composer.flush_draft()
    composer.close()
    composer.deleteLater()
    wait_for(app, lambda: operations.idle)


def render_note(app: QApplication, language: str, path: Path) -> None:
    """The note dialog with the chips under the text."""
    dialog = NoteDialog("Marko Horvat")
    chips = PromiseChips(dialog.editor, clock=lambda: TUESDAY)
    chips.set_setup(PromiseSetup(ZAGREB, HOURS, "hr"))
    chips.set_language("hr")
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(dialog.editor) + 1, chips)
    dialog.editor.setPlainText(
        "Kupac javlja da je boca stigla razbijena. Nova ide u ponedjeljak, "
        "a ja ću ga nazvati u srijedu u 10 sati da provjerim je li sve u redu."
    )
    chips.detect_now()
    dialog.resize(480, 300)
    dialog.show()
    settle(app)
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    languages = [code for code, _name in available_languages()]
    parser.add_argument("--lang", action="append", choices=languages)
    parser.add_argument("--all-languages", action="store_true")
    parser.add_argument("--output", default=str(OUTPUT))
    parser.add_argument(
        "--extra-qm",
        metavar="DIR",
        help="also load promises_<lang>.qm from DIR (strings not yet in the catalogs)",
    )
    args = parser.parse_args()
    wanted = languages if args.all_languages else (args.lang or ["en"])
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    light = app.palette()
    with tempfile.TemporaryDirectory(prefix="shopkeeper-reminders-") as folder:
        db = Database(Path(folder) / "shop.sqlite3")
        build_sample_shop(db, now=SUNDAY)
        busy_week(db)
        operations = Operations(db)
        extra: QTranslator | None = None
        for language in wanted:
            install_translations(app, language)
            if extra is not None:
                app.removeTranslator(extra)
                extra = None
            if args.extra_qm:
                extra = QTranslator(app)
                if extra.load(str(Path(args.extra_qm) / f"promises_{language}.qm")):
                    app.installTranslator(extra)
            for suffix, palette in (("", light), ("-dark", dark_palette())):
                app.setPalette(palette)
                clear_cache()
                shots = output / f"reminders-{language}{suffix}.png"
                render_view(app, operations, language, shots)
                shots = output / f"promises-{language}{suffix}.png"
                render_composer(app, operations, db, language, shots)
                render_note(app, language, output / f"note-{language}{suffix}.png")
                print(f"{language}{suffix}: done")
        operations.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
