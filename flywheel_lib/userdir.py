"""The user's own folder, and how the kit writes a learner's files there without losing any.

``FLYWHEEL_USER_DIR`` names the folder — a full (absolute) path: a relative one would depend on
the folder a kernel happens to start in, perhaps the kit's own (:class:`NotAbsolute`); otherwise
it is ``~/flywheel_kit``. The folder is looked up, and subfolders are made, only when something is
saved — never when the kit is imported or a panel is built, so a read-only install (a read-only
container, a service user without a writable home) runs every lesson and builds every panel; only
a save needs a folder. The folder never lies inside the kit's own files (the package, its shipped
data; :class:`InsideKit`).

Writing is safe against a second kernel or a double click saving at the same moment:

* :func:`write_new` creates a file only if its name is free, atomically (a hard link of a
  finished temporary file; where a file system has no hard links, an exclusive create) — of two
  savers exactly one wins, the other gets :class:`FileExistsError`;
* :func:`write_over` replaces a file atomically (``os.replace``): readers see the old file or the
  new one, never half of one;
* :func:`write_numbered` saves under the first free name ``stem``, ``stem-2``, ``stem-3`` …

Temporary files are unique (``tempfile.mkstemp`` in the target folder) and removed whatever
happens. A folder that cannot be written (no permission, a read-only file system, a full disk)
raises :class:`NotWritable`, whose message names the folder and says to set ``FLYWHEEL_USER_DIR``
to a writable folder (in a notebook cell: ``%env FLYWHEEL_USER_DIR=/tmp/my_flywheels``). Its
message is in the current language; :meth:`Problem.message` gives it in another one (a panel
answers in the language it was built in).

Cells of CSV files a learner opens in a spreadsheet are neutralised against formula injection
(OWASP): :func:`neutralise_cell` puts ``'`` before a text starting with ``= + - @``, tab or CR, and
:func:`restore_cell` takes it off again when the kit reads its own file back.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path

from flywheel_lib import i18n

SHIPPED = Path(__file__).resolve().parent.parent
"""The folder that holds the package (a checkout's root, or ``site-packages``)."""
VARIABLE = "FLYWHEEL_USER_DIR"

_umask = os.umask(0o022)   # read once (os.umask can only be read by setting it) and put back
os.umask(_umask)
_MODE = 0o666 & ~_umask    # a saved file gets the mode a plain open() would give it


#: Why a folder could not be written, by ``errno``: a label key (the reason in any language).
_REASONS = {errno.EROFS: "userdir.reason_read_only", errno.EACCES: "userdir.reason_permission",
            errno.EPERM: "userdir.reason_permission", errno.ENOSPC: "userdir.reason_full",
            getattr(errno, "EDQUOT", errno.ENOSPC): "userdir.reason_full",
            errno.ENOTDIR: "userdir.reason_not_folder", errno.EEXIST: "userdir.reason_not_folder",
            errno.ENOENT: "userdir.reason_missing"}
#: ``errno`` values that mean "this folder cannot be written" (rather than a bug to show as such).
CANNOT_WRITE = frozenset(_REASONS) - {errno.ENOENT, errno.EEXIST}


def example_folder() -> str:
    """A folder to suggest in the messages (an example, not created): ``/tmp/my_flywheels``."""
    if os.name == "nt":   # (a path without a drive is not a full path on Windows)
        return str(Path(os.environ.get("TEMP") or r"C:\Temp") / "my_flywheels")
    return "/tmp/my_flywheels"


class Problem(Exception):
    """Mixin of the user folder's errors: the message is a label, shown in any language."""

    _key = ""

    def _values(self, language: str | None) -> dict:
        return {}

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (``"en"``, ``"de"``; default: the current language)."""
        return i18n.t(self._key, language, variable=VARIABLE, example=example_folder(),
                      **self._values(language))


class NotWritable(Problem, PermissionError):
    """The user folder (or a subfolder) cannot be created or written; ``folder`` names it,
    ``code`` (the ``errno``, if known) says why.

    The message is in the current language and says to set ``FLYWHEEL_USER_DIR`` to a folder
    one can write to."""

    _key = "userdir.not_writable"

    def __init__(self, folder, reason: str = "", code: int | None = None):
        self.folder, self.reason, self.code = Path(folder), reason, code
        super().__init__(self.message())

    @classmethod
    def from_error(cls, folder, exc: OSError) -> "NotWritable":
        """The :class:`NotWritable` for ``folder`` that ``exc`` (an OSError) means."""
        if isinstance(exc, NotWritable):
            return exc
        return cls(folder, exc.strerror or str(exc), exc.errno)

    def _values(self, language):
        key = _REASONS.get(self.code)
        reason = i18n.t(key, language) if key else (self.reason or "?")
        return {"folder": self.folder, "reason": reason}


class InsideKit(Problem, ValueError):
    """The user folder would lie inside the kit's own files."""

    _key = "userdir.inside_kit"

    def __init__(self, folder, source: str, kit):
        self.folder, self.source, self.kit = Path(folder), source, Path(kit)
        super().__init__(self.message())

    def _values(self, language):
        return {"folder": self.folder, "source": self.source, "kit": self.kit}


class NotAbsolute(Problem, ValueError):
    """``FLYWHEEL_USER_DIR`` is a relative path (where it points would depend on the folder a
    kernel starts in)."""

    _key = "userdir.not_absolute"

    def __init__(self, value: str):
        self.value = value
        super().__init__(self.message())

    def _values(self, language):
        return {"value": self.value}


def problem_of(exc: BaseException, folder=None) -> Problem | None:
    """The user-folder problem ``exc`` is or means — a :class:`Problem` itself, or an OSError
    saying a folder cannot be written (no permission, read-only, full) — else ``None``."""
    if isinstance(exc, Problem):
        return exc
    if isinstance(exc, OSError) and exc.errno in CANNOT_WRITE:
        where = folder
        if where is None and exc.filename:
            where = Path(os.fsdecode(exc.filename)).parent
        if where is not None:     # (else shown as it is: a message must name the folder)
            return NotWritable.from_error(where, exc)
    return None


def kit_folders() -> list[Path]:
    """The kit's own folders, never written by a save: the package folder and the data folders
    (the installed copy, the checkout's ``data/`` and ``$FLYWHEEL_KIT_DATA`` if set)."""
    from flywheel_lib import data
    folders = [Path(__file__).resolve().parent, data.PACKAGED, data.CHECKOUT, data.data_dir()]
    return [Path(os.path.abspath(f)).resolve() for f in folders]


def inside_kit(folder) -> Path | None:
    """The kit folder that contains ``folder`` (or is it), else ``None``."""
    path = Path(os.path.abspath(Path(folder).expanduser())).resolve()
    for kit in kit_folders():
        if path == kit or kit in path.parents:
            return kit
    return None


def base_dir() -> Path:
    """The user folder as an absolute path (not created): ``$FLYWHEEL_USER_DIR`` or
    ``~/flywheel_kit``; read from the environment now (a notebook's ``%env`` counts at once).
    Raises :class:`InsideKit` (naming the variable) for a folder inside the kit,
    :class:`NotAbsolute` for a relative ``$FLYWHEEL_USER_DIR``, :class:`NotWritable` when there
    is no home folder either."""
    value = os.environ.get(VARIABLE, "").strip()
    variable = VARIABLE
    if value:
        try:
            given = Path(value).expanduser()
        except RuntimeError:          # ~name of an unknown user
            given = Path(value)
    else:
        variable = "HOME"
        try:
            given = Path.home() / "flywheel_kit"
        except RuntimeError as exc:   # no HOME and no entry in the password database
            raise NotWritable("~", str(exc)) from None
    base = Path(os.path.abspath(given)).resolve()
    kit = inside_kit(base)
    if kit is not None:
        raise InsideKit(base, variable, kit)
    if not given.is_absolute():
        raise NotAbsolute(value)
    return base


def user_dir(*parts: str) -> Path:
    """``<user folder>/<parts…>`` as an absolute path, created if missing.

    Raises :class:`InsideKit` for a folder inside the kit (its package or shipped data), and
    :class:`NotWritable` when the folder cannot be created."""
    folder = base_dir().joinpath(*parts)
    make_folder(folder)
    return folder


def make_folder(folder) -> Path:
    """Create ``folder`` (and its parents) if missing; :class:`NotWritable` if that fails."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:   # read-only, no permission, a file in the way …
        raise NotWritable.from_error(folder, exc) from None
    return folder


# ------------------------------------------------------------------------------------------------
# Writing without losing anything
# ------------------------------------------------------------------------------------------------
def _temporary(path: Path, data: bytes) -> str:
    """A finished, flushed temporary copy of ``data`` beside ``path``; returns its name."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise NotWritable.from_error(path.parent, exc) from None
    try:
        _write_all(fd, data)
        os.chmod(tmp, _MODE)
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _write_all(fd: int, data: bytes) -> None:
    """Write ``data`` to the open file ``fd``, flushed to disk, and close it."""
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _remove(name) -> None:
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass


def write_new(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` only if no file of that name exists — atomically: of two
    writers at the same moment exactly one succeeds; the other gets :class:`FileExistsError`
    naming the file. Returns ``path``."""
    path = Path(path)
    tmp = _temporary(path, data)
    try:
        os.link(tmp, path)          # fails if path exists; the file appears complete
        return path
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "file exists already", str(path)) from None
    except OSError:
        pass                        # no hard links here (FAT, some network drives …)
    finally:
        _remove(tmp)
    return _write_exclusive(path, data)


def _write_exclusive(path: Path, data: bytes) -> Path:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     _MODE)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "file exists already", str(path)) from None
    except OSError as exc:
        raise NotWritable.from_error(path.parent, exc) from None
    try:
        _write_all(fd, data)
    except BaseException:
        _remove(path)               # ours, and unfinished
        raise
    return path


def write_over(path, data: bytes) -> Path:
    """Write ``data`` to ``path``, replacing a file of that name atomically. Returns ``path``."""
    path = Path(path)
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise NotWritable.from_error(path.parent, exc) from None
    finally:
        _remove(tmp)
    return path


def write_numbered(folder, stem: str, files: dict) -> list[Path]:
    """Write ``{suffix: data}`` as ``folder/stem<suffix>`` — or, when one of those names is
    taken, as ``stem-2``, ``stem-3`` … (the first number free for every suffix): nothing is
    ever overwritten, also when two saves happen at the same moment. Returns the paths."""
    folder = Path(folder)
    for k in range(1, 10_000):
        name = stem if k == 1 else f"{stem}-{k}"
        done = []
        try:
            for suffix, data in files.items():
                done.append(write_new(folder / f"{name}{suffix}", data))
        except FileExistsError:
            for path in done:       # another save took this number meanwhile: try the next
                _remove(path)
            continue
        return done
    raise FileExistsError(errno.EEXIST, "no free file name", str(folder / stem))


# ------------------------------------------------------------------------------------------------
# CSV cells a spreadsheet will not run
# ------------------------------------------------------------------------------------------------
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")


def neutralise_cell(value):
    """A CSV cell a spreadsheet shows as text instead of running it as a formula (OWASP): a text
    starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'``. Numbers (also
    written as text, such as ``-0.9``) and non-text values are returned unchanged. A text that
    starts with quotes before such a character gets one more quote, so that
    :func:`restore_cell` always gives back the original."""
    if not isinstance(value, str):
        return value
    if value.startswith(_TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    if _QUOTED.match(value):
        return "'" + value
    return value


def restore_cell(value):
    """The text :func:`neutralise_cell` was given: one leading ``'`` removed when quotes are
    followed by ``=``, ``+``, ``-``, ``@``, tab or CR; anything else unchanged."""
    if isinstance(value, str) and _QUOTED.match(value):
        return value[1:]
    return value
