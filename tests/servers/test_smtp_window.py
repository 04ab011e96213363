"""The SMTP window watcher: which dead connections left a message's fate unknown."""

from __future__ import annotations

from tests.servers.smtp_window import SmtpWindowWatcher

GREETING = b"220 smtp.shop.test ESMTP\r\n"
EHLO = b"250-smtp.shop.test\r\n250-AUTH LOGIN PLAIN\r\n250 HELP\r\n"
CONTENT = b"Subject: x\r\n\r\n..dot-stuffed line\r\nbody\r\n.\r\n"


def _up_to_end_of_data(watcher: SmtpWindowWatcher, conn: int) -> None:
    """A conversation up to the moment the client sent the end of a message."""
    watcher.opened(conn)
    watcher.server_bytes(conn, GREETING)
    watcher.client_bytes(conn, b"EHLO localhost\r\n")
    watcher.server_bytes(conn, EHLO)
    for command in (b"MAIL FROM:<a@shop.test>\r\n", b"RCPT TO:<b@kupac.hr>\r\n"):
        watcher.client_bytes(conn, command)
        watcher.server_bytes(conn, b"250 OK\r\n")
    watcher.client_bytes(conn, b"DATA\r\n")
    watcher.server_bytes(conn, b"354 End data with <CR><LF>.<CR><LF>\r\n")
    # The content arrives in pieces; the end-of-data line is split between two of them.
    watcher.client_bytes(conn, CONTENT[:-3])
    watcher.client_bytes(conn, CONTENT[-3:])


def test_a_cut_after_the_end_of_data_and_before_the_reply_is_in_the_window() -> None:
    watcher = SmtpWindowWatcher()
    _up_to_end_of_data(watcher, 1)
    watcher.server_bytes(1, b"2")  # only the first digit of "250" arrives
    watcher.fault(1, "cut")
    watcher.closed(1)
    watcher.closed(1)

    assert [(c.conn, c.fault) for c in watcher.cuts] == [(1, "cut")]
    assert (watcher.messages_ended, watcher.messages_confirmed) == (1, 0)


def test_once_the_code_arrived_the_client_knows() -> None:
    watcher = SmtpWindowWatcher()
    _up_to_end_of_data(watcher, 1)
    watcher.server_bytes(1, b"250 Mess")  # cut off, but "250 " is there
    watcher.closed(1)
    _up_to_end_of_data(watcher, 2)
    watcher.server_bytes(2, b"250")  # smtplib reads a bare "250" at the end as the reply
    watcher.closed(2)

    assert watcher.cuts == []
    assert watcher.messages_confirmed == 1


def test_cuts_before_the_end_of_data_or_after_the_reply_are_outside() -> None:
    watcher = SmtpWindowWatcher()
    watcher.opened(1)
    watcher.server_bytes(1, GREETING)
    watcher.client_bytes(1, b"EHLO localhost\r\n")
    watcher.server_bytes(1, EHLO[:20])
    watcher.closed(1)  # during EHLO
    _up_to_end_of_data(watcher, 2)
    watcher.server_bytes(2, b"250 Message accepted for delivery\r\n")
    watcher.client_bytes(2, b"MAIL FROM:<a@shop.test>\r\n")
    watcher.closed(2)  # waiting for the reply to the next MAIL FROM

    assert watcher.cuts == []
    assert (watcher.messages_ended, watcher.messages_confirmed) == (1, 1)
