"""The files attached to a draft: one row each with its size and a remove button."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from console.outbox.compose import MAX_ATTACHMENT_BYTES
from ui import format as fmt
from ui.i18n import fill
from ui.icons import icon, muted, pixmap

WARNING = QColor("#c25e00")


def file_size(path: str) -> int | None:
    """The file's size, None when it cannot be read (moved, deleted)."""
    try:
        return os.stat(Path(path).expanduser()).st_size
    except OSError:
        return None


class _Row(QWidget):
    remove_requested = Signal(str)

    def __init__(self, path: str, size: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        clip = QLabel()
        clip.setPixmap(pixmap("paperclip", 14, muted(0.7)))
        self.name_label = QLabel(Path(path).name)
        self.name_label.setToolTip(path)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel()
        if size is None:
            self.size_label.setText(self.tr("The file is missing."))
            self.size_label.setStyleSheet(f"color: {WARNING.name()};")
        else:
            self.size_label.setText(fmt.file_size(size))
            color = muted(0.62)
            self.size_label.setStyleSheet(f"color: {color.name(QColor.NameFormat.HexArgb)};")
        self.remove = QToolButton()
        self.remove.setIcon(icon("close", muted(0.8)))
        self.remove.setIconSize(QSize(14, 14))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(fill(self.tr("Remove %1"), Path(path).name))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(clip)
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.remove)


class AttachmentList(QWidget):
    """Hidden while empty.  Sizes come from the file system (a local ``stat``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[str] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self.total = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows)
        layout.addWidget(self.total)
        self.setVisible(False)

    def paths(self) -> tuple[str, ...]:
        return tuple(self._paths)

    def set_paths(self, paths: tuple[str, ...] | list[str]) -> None:
        self._paths = list(dict.fromkeys(paths))
        self._rebuild()

    def add_paths(self, paths: list[str]) -> None:
        added = [p for p in paths if p and p not in self._paths]
        if added:
            self._paths.extend(added)
            self._rebuild()
            self.changed.emit()

    def remove_path(self, path: str) -> None:
        if path in self._paths:
            self._paths.remove(path)
            self._rebuild()
            self.changed.emit()

    def rows(self) -> list[_Row]:
        return [w for w in self.findChildren(_Row) if w.path in self._paths]

    def _rebuild(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        total = 0
        for path in self._paths:
            size = file_size(path)
            total += size or 0
            row = _Row(path, size)
            row.remove_requested.connect(self.remove_path)
            self._rows.addWidget(row)
        if total > MAX_ATTACHMENT_BYTES:
            self.total.setText(
                fill(
                    self.tr("Together %1: more than most mail servers accept (25 MB)."),
                    fmt.file_size(total),
                )
            )
            self.total.setStyleSheet(f"color: {WARNING.name()};")
            self.total.show()
        else:
            self.total.hide()
        self.setVisible(bool(self._paths))
