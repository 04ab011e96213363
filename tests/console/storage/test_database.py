from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from console.paths import resolve_data_dir
from console.search.query import search_messages
from console.storage.database import Database, make_engine
from console.storage.migrate import current_revision, head_revision, upgrade


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Database(tmp_path / "db.sqlite3") as db:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_data_from_the_first_revision_survives_the_upgrade_and_becomes_searchable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conversations (id, subject, subject_key, status, snippet, "
                "message_count, has_attachments, needs_reply, created_at) "
                "VALUES (1, 'Dostava', 'dostava', 'open', '', 1, 0, 1, '2026-11-01 10:00:00')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO messages (id, message_id, "references", from_name, from_email, '
                "to_json, cc_json, reply_to_json, subject, text_body, snippet, "
                "attachments_json, has_attachments, has_remote_content, size, is_outgoing, "
                "defects, flags, conversation_id, created_at) VALUES (7, 'a@b', '', "
                "'Đurđa Šimić', 'durda@kupac.hr', '[]', '[]', '[]', 'Dostava', "
                "'Kada stiže paket?', '', '[]', 0, 0, 10, 0, '', '', 1, '2026-11-01 10:00:00')"
            )
        )
    engine.dispose()

    with Database(path) as db:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            row = connection.execute(text("SELECT from_name, subject FROM messages")).one()
        assert tuple(row) == ("Đurđa Šimić", "Dostava")
        assert [h.message_id for h in search_messages(db, "durda stize")] == [7]


def test_data_dir_flag_beats_environment_which_beats_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPKEEPER_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag").root == (tmp_path / "flag").resolve()
    assert resolve_data_dir(None).root == (tmp_path / "env").resolve()
    monkeypatch.delenv("SHOPKEEPER_HOME")
    assert "shopkeeper" in str(resolve_data_dir(None).root).lower()


def test_demo_data_dir_is_never_the_real_one(tmp_path: Path) -> None:
    real = resolve_data_dir(tmp_path)
    demo = resolve_data_dir(tmp_path, demo=True)
    assert demo.root != real.root


def test_an_unreadable_database_file_is_reported_not_silently_replaced(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(Exception, match=r"not a database|file is not"):
        Database(path)
    assert path.read_bytes().startswith(b"this is not a database")


def test_migration_files_form_one_chain_whose_head_matches_the_file_names() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from console.storage.migrate import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [head_revision()]
    revisions = [r.revision for r in script.walk_revisions()]
    assert revisions == sorted(revisions, reverse=True)
    assert all(len(r) == 4 and r.isdigit() for r in revisions)
