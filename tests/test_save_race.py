"""Two kernels saving the same flywheel at the same moment: nothing is lost, mixed or left over.

Two processes meet at a barrier before every round and then save a flywheel of the same name
(each its own links) into the same folder. With ``overwrite=False`` exactly one of them must
write the file and the other get FileExistsError naming it; the file must be the winner's,
whole. With ``overwrite=True`` both succeed and the file is one of the two, whole. No temporary
file may stay behind.
"""
import errno
import multiprocessing
import os
import sys

import pytest

from flywheel_lib.models import own_flywheel as io

ROUNDS = 120
#: fork: the children inherit the test's monkeypatches (a file system without hard links)
START = "fork" if sys.platform.startswith("linux") else "spawn"


def wheel(name: str, who: int) -> io.Flywheel:
    """A flywheel ``name`` whose strengths say who saved it (0 or 1)."""
    s = 0.25 + 0.5 * who
    return io.from_table(name, None, [("a", "b", "+", s), ("b", "c", "+", s), ("c", "a", "+", s)])


def saver(who: int, folder: str, rounds: int, fmt: str, overwrite: bool, barrier, results):
    for i in range(rounds):
        fw = wheel(f"race{i}", who)
        barrier.wait(timeout=30)
        try:
            io.save(fw, fmt=fmt, folder=folder, overwrite=overwrite)
            results.put((i, who, "saved", ""))
        except FileExistsError as exc:
            results.put((i, who, "exists", str(exc)))
        except Exception as exc:   # reported, so the test shows it
            results.put((i, who, type(exc).__name__, str(exc)))


def race(folder, fmt: str, overwrite: bool) -> dict:
    """Run the two savers; ``{round: {who: (outcome, message)}}``."""
    ctx = multiprocessing.get_context(START)
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=saver, args=(who, str(folder), ROUNDS, fmt, overwrite, barrier,
                                             results)) for who in (0, 1)]
    for p in procs:
        p.start()
    outcome = {}
    for _ in range(2 * ROUNDS):
        i, who, what, message = results.get(timeout=60)
        outcome.setdefault(i, {})[who] = (what, message)
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    return outcome


def no_hard_links(*_args, **_kwargs):
    raise OSError(errno.EPERM, "Operation not permitted")   # what FAT or some network drives say


@pytest.fixture(params=["hard links", "no hard links"])
def file_system(request, monkeypatch):
    """The folder's file system: with hard links, or without (then an exclusive create)."""
    if request.param == "no hard links":
        if START != "fork":
            pytest.skip("the children see the patched os.link only when forked")
        monkeypatch.setattr(os, "link", no_hard_links)
    return request.param


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_exactly_one_of_two_simultaneous_saves_wins(tmp_path, fmt, file_system):
    outcome = race(tmp_path, fmt, overwrite=False)
    for i in range(ROUNDS):
        results = outcome[i]
        kinds = sorted(what for what, _ in results.values())
        assert kinds == ["exists", "saved"], (i, results)
        winner = next(who for who, (what, _) in results.items() if what == "saved")
        target = tmp_path / f"race{i}.{fmt}"
        loser_message = results[1 - winner][1]
        assert str(target) in loser_message and "overwrite=True" in loser_message
        assert io.load(target) == wheel(f"race{i}", winner)     # the winner's, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        sorted(f"race{i}.{fmt}" for i in range(ROUNDS))         # no temporary file left


def test_simultaneous_overwrites_leave_one_whole_file(tmp_path):
    outcome = race(tmp_path, "json", overwrite=True)
    for i in range(ROUNDS):
        assert [what for what, _ in outcome[i].values()] == ["saved", "saved"], outcome[i]
        again = io.load(tmp_path / f"race{i}.json")
        assert again in (wheel(f"race{i}", 0), wheel(f"race{i}", 1))
    assert len(list(tmp_path.iterdir())) == ROUNDS


def test_a_failed_write_leaves_no_temporary_file(tmp_path):
    fw = wheel("broken", 0)
    bad = io.Flywheel("broken", fw.factors, fw.links.assign(source=["a\ud800", "b", "c"]))
    for fmt in ("json", "csv"):
        with pytest.raises(io.FlywheelError, match="UTF-8"):
            io.save(bad, fmt=fmt, folder=tmp_path)
    with pytest.raises(io.FlywheelError, match="U\\+D800"):
        io.save(io.Flywheel("broken", ("a\ud800", "b", "c"), fw.links), folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fail_at", [1, 2])
@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("links", [True, False])
def test_a_disk_error_while_writing_leaves_nothing(tmp_path, monkeypatch, overwrite, links,
                                                   fail_at):
    """The disk fills up at the first or second flush (without hard links the second is the
    final file's own): the save fails and leaves nothing, or it succeeds whole."""
    calls = []
    real_fsync = os.fsync

    def full(fd):
        calls.append(fd)
        if len(calls) == fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    if not links:
        monkeypatch.setattr(os, "link", no_hard_links)
    monkeypatch.setattr(os, "fsync", full)
    flushes = 2 if not (links or overwrite) else 1    # the temporary file's (and the final one's)
    if fail_at <= flushes:
        with pytest.raises(OSError, match="No space left"):
            io.save(wheel("full", 0), folder=tmp_path, overwrite=overwrite)
        assert list(tmp_path.iterdir()) == []
    else:
        path = io.save(wheel("full", 0), folder=tmp_path, overwrite=overwrite)
        assert list(tmp_path.iterdir()) == [path] and io.load(path) == wheel("full", 0)


def test_without_hard_links_an_existing_file_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "link", no_hard_links)
    first = io.save(wheel("kept", 0), folder=tmp_path)
    with pytest.raises(FileExistsError, match="overwrite=True") as info:
        io.save(wheel("kept", 1), folder=tmp_path)
    assert str(first) in str(info.value)
    assert io.load(first) == wheel("kept", 0)
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]
