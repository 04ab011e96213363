"""A deterministic, realistic small-shop mailbox for the sync and search benchmark.

``generate(n, seed)`` streams ``n`` raw RFC 822 messages for an INBOX: customer conversations
and the owner's replies (CC'd to the shop's own address) of a small coffee-equipment shop
selling in Croatia, Germany, Russia, Slovenia, Turkey and in English; shop-system order
notifications; contact-form callback requests; newsletters and spam. The real-world parser
test messages in ``shared/corpus-src`` are mixed in (all of them at 20,000 messages, a
proportional sample below that). ``generate_sent(n, seed, inbox_count)`` streams the owner's
replies to those same threads for a Sent folder.

Command line::

    python -m bench.corpus --count 20000 --out /tmp/corpus [--sent 2000] [--seed 1]

writes a Maildir (``cur``, ``new``, ``tmp``; Sent as the Maildir++ folder ``.Sent``) and
prints the counts and total size.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bench import corpus_real
from bench.corpus_plan import START, Item, inbox_items, plan_item
from bench.corpus_render import render_conversation, render_single, thread_texts

FULL_SIZE = 20_000


def _real_sample(n: int, seed: int, real_dir: Path | None) -> list[corpus_real.RealMessage]:
    """All real messages at ``n >= 20,000``, else a proportional deterministic sample."""
    real = corpus_real.index(real_dir)
    if not real:
        return []
    k = len(real) if n >= FULL_SIZE else min(len(real), math.ceil(n * len(real) / FULL_SIZE))
    rng = random.Random(f"real:{seed}")
    chosen = real if k == len(real) else [real[i] for i in sorted(rng.sample(range(len(real)), k))]
    chosen = list(chosen)
    rng.shuffle(chosen)
    return chosen


def _generated(seed: int, limit: int) -> Iterator[bytes]:
    """Generated inbox messages, item by item, stopping after ``limit``."""
    produced = 0
    t = 0
    while produced < limit:
        item = plan_item(seed, t)
        t += 1
        if not item.msgs:
            yield render_single(item)
            produced += 1
            continue
        texts = thread_texts(item, len(item.msgs) - 1)
        for msg in item.msgs:
            if not msg.in_inbox:
                continue
            yield render_conversation(item, msg, texts, "inbox")
            produced += 1
            if produced >= limit:
                return


def generate(n: int = FULL_SIZE, seed: int = 1, real_dir: Path | None = None) -> Iterator[bytes]:
    """Stream ``n`` raw messages for the INBOX. Same ``n`` and ``seed``, same bytes."""
    real = _real_sample(n, seed, real_dir)
    k = min(len(real), n)
    rng = random.Random(f"mix:{seed}")
    positions = set(rng.sample(range(n), k))
    gen = _generated(seed, n - k)
    real_iter = iter(real[:k])
    for i in range(n):
        if i in positions:
            yield next(real_iter).read()
        else:
            yield next(gen)


def generate_sent(
    n: int = 2000, seed: int = 1, inbox_count: int = FULL_SIZE, real_dir: Path | None = None
) -> Iterator[bytes]:
    """Stream up to ``n`` of the owner's messages in the threads of ``generate(inbox_count,
    seed)``: the replies CC'd to the INBOX (same Message-ID, no transport headers) and the
    ones that only went out, which the INBOX lacks (its missing parents)."""
    k = len(_real_sample(inbox_count, seed, real_dir))
    items = inbox_items(seed, max(0, inbox_count - k))
    owned: list[tuple[int, int]] = []
    for t in range(items):
        planned = plan_item(seed, t)
        owned.extend((t, m.index) for m in planned.msgs if m.role == "owner")
    if n < len(owned):
        rng = random.Random(f"sent:{seed}")
        owned = sorted(rng.sample(owned, n))
    texts: list[str] = []
    item: Item | None = None
    for t, index in owned:
        if item is None or item.t != t:
            item = plan_item(seed, t)
            texts = thread_texts(item, len(item.msgs) - 1)
        yield render_conversation(item, item.msgs[index], texts, "sent")


def write_maildir(
    messages: Iterable[bytes], root: Path, *, seen_ratio: float = 0.85, start_index: int = 0
) -> tuple[int, int]:
    """Write messages into ``root/cur`` (creating cur/new/tmp); return (count, bytes)."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    cur = root / "cur"
    base = int(START.timestamp())
    count = size = 0
    rng = random.Random(f"flags:{root.name}")
    for i, data in enumerate(messages, start_index):
        flags = "S" if rng.random() < seen_ratio else ""
        (cur / f"{base + i * 3600}.M{i:06d}P1.bench:2,{flags}").write_bytes(data)
        count += 1
        size += len(data)
    return count, size


def _human(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    parser.add_argument("--count", type=int, default=FULL_SIZE, help="INBOX messages")
    parser.add_argument("--out", type=Path, required=True, help="Maildir to create")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sent", type=int, default=0, help="also write N messages to .Sent")
    parser.add_argument("--real-dir", type=Path, default=None, help="corpus-src folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    count, size = write_maildir(generate(args.count, args.seed, args.real_dir), args.out)
    print(f"INBOX: {count} messages, {_human(size)} ({size} bytes), avg {size // max(count, 1)} B")
    if args.sent:
        sent = generate_sent(args.sent, args.seed, args.count, args.real_dir)
        s_count, s_size = write_maildir(sent, args.out / ".Sent", seen_ratio=1.0)
        print(f"Sent: {s_count} messages, {_human(s_size)} ({s_size} bytes)")
    print(f"written to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
