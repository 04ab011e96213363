"""Finding the folders to sync: INBOX, Sent (by SPECIAL-USE, else by name), and more."""

from __future__ import annotations

from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.util import to_unicode

# Sent folder names used by servers and clients in our six languages, checked in order
# when the server does not announce SPECIAL-USE (RFC 6154).
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "Gesendet",
    "Gesendete Objekte",
    "Gesendete Elemente",
    "INBOX.Gesendet",
    "Poslano",
    "Poslane",
    "Poslana pošta",
    "Poslani",
    "Poslana",
    "Отправленные",
    "INBOX.Отправленные",
    "Gönderilenler",
    "Gönderilmiş Öğeler",
    "Gönderilen Öğeler",
)


@dataclass(frozen=True, slots=True)
class RemoteFolder:
    name: str
    role: str
    """"inbox", "sent" or "other"."""


Listing = list[tuple[tuple[bytes, ...], bytes, str]]


def _flags(raw: tuple[bytes, ...]) -> set[str]:
    return {to_unicode(f).lower() for f in raw}


def find_sent(listing: Listing) -> str | None:
    """The Sent folder's name from a LIST response, or None."""
    for flags, _delimiter, name in listing:
        if "\\sent" in _flags(flags):
            return name
    names = {name.casefold(): name for _f, _d, name in listing if "\\noselect" not in _flags(_f)}
    for candidate in SENT_NAMES:
        if candidate.casefold() in names:
            return names[candidate.casefold()]
    return None


def list_remote(client: IMAPClient) -> Listing:
    """The server's LIST response: (flags, delimiter, name) per folder."""
    return list(client.list_folders())


def folders_to_sync(listing: Listing, extra: tuple[str, ...] = ()) -> list[RemoteFolder]:
    """INBOX, the Sent folder if there is one, and the owner's extra folders that exist."""
    existing = {name for _f, _d, name in listing}
    result = [RemoteFolder("INBOX", "inbox")]
    sent = find_sent(listing)
    if sent:
        result.append(RemoteFolder(sent, "sent"))
    for name in extra:
        if name in existing and name not in {f.name for f in result}:
            result.append(RemoteFolder(name, "other"))
    return result


@dataclass(frozen=True, slots=True)
class FolderMarks:
    """What SELECT says about a folder, as far as telling "anything new?" goes."""

    uidvalidity: int | None
    uidnext: int | None
    exists: int | None
    highestmodseq: int | None
    """None unless the server has CONDSTORE: only then may CHANGEDSINCE be sent (RFC
    7162), and some servers (Cyrus with CONDSTORE off) report HIGHESTMODSEQ all the same."""

    @classmethod
    def from_select(cls, status: dict[bytes, object], condstore: bool) -> FolderMarks:
        def number(key: bytes) -> int | None:
            value = status.get(key)
            return int(value) if isinstance(value, int | str | bytes) else None

        return cls(
            uidvalidity=number(b"UIDVALIDITY"),
            uidnext=number(b"UIDNEXT") or None,
            exists=number(b"EXISTS") or 0,
            highestmodseq=number(b"HIGHESTMODSEQ") if condstore else None,
        )

    def unchanged_since(self, stored: FolderMarks) -> bool:
        """Nothing arrived, left or changed flags since ``stored`` was seen.

        Without CONDSTORE a flag changed elsewhere leaves no trace in SELECT, so such a
        folder is never known to be unchanged.
        """
        return (
            self.uidvalidity is not None
            and stored.uidvalidity == self.uidvalidity
            and self.uidnext is not None
            and stored.uidnext == self.uidnext
            and stored.exists == self.exists
            and self.highestmodseq is not None
            and stored.highestmodseq == self.highestmodseq
        )
