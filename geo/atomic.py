"""Atomic outputs: after a crash or a kill, every output path holds the old content or
the new, never half of one, and no temporary file is left behind for good.

Files are written to a temporary file beside the target and renamed over it; a folder
(a report) is written beside the old one and swapped with it in one step.  Temporary
names carry the writing process's id, so the next run removes what a killed run left
(its ``.tmp`` files and SQLite ``-journal`` files) without touching another live run's.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bordermap.geo.errors import OutputError

__all__ = [
    "TEMP_MARK",
    "check_output_path",
    "remove_stale_temporaries",
    "replace_folder_atomic",
    "temporary_beside",
    "write_bytes_atomic",
    "write_text_atomic",
]

#: Every temporary name ends with this (plus whatever a library appends, such as
#: SQLite's ``-journal``), so stale ones can be found.
TEMP_MARK = ".bordermap-tmp"
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.[a-z0-9_]+(\.old)?" + re.escape(TEMP_MARK))


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _file_mode() -> int:
    # mkstemp creates 0600 files; an output should get what the user's umask allows.
    return 0o666 & ~_umask()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove temporaries that killed bordermap runs left in ``folder``.

    Parameters
    ----------
    folder : path-like
        A folder outputs are written to; missing is fine.

    Returns
    -------
    list of Path
        What was removed.
    """
    removed = []
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match or _alive(int(match["pid"])):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def check_output_path(
    path: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    folder: bool = False,
    option: str = "-o",
) -> Path:
    """Refuse an output path that cannot or must not be written, before any work.

    Parameters
    ----------
    path : path-like
        The output file (or folder, with ``folder=True``).
    inputs : iterable of path-like, optional
        Files the command reads: writing over one of them is refused.
    folder : bool, optional
        The output is a folder (a report) rather than a file.
    option : str, optional
        How the user named it, for messages.

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        If the path is a folder where a file is wanted (or the reverse), a parent is a
        file, a parent cannot be written, or the path is one of the inputs.
    """
    target = Path(path)
    if target.exists():
        if folder and not target.is_dir():
            raise OutputError(f"{option} {str(target)!r} is a file; give a folder for the report")
        if not folder and target.is_dir():
            raise OutputError(
                f"{option} {str(target)!r} is a folder; give a file name, "
                f"e.g. {str(target / 'map.html')!r}"
            )
    resolved = target.resolve()
    for source in inputs:
        if Path(source).resolve() == resolved:
            raise OutputError(
                f"{option} {str(target)!r} is also an input; it would be overwritten. "
                "Write the output to another file"
            )
    parent = target.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(
            f"cannot create {str(target)!r}: {str(parent)!r} is a file, not a folder"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {str(target)!r}: folder {str(parent)!r} is read-only")
    return target


def _prepare_folder(folder: Path, target: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as err:
        raise OutputError(f"cannot create {str(target)!r}: a parent is a file") from err
    except OSError as err:
        raise OutputError(f"cannot create folder {str(folder)!r}: {err.strerror}") from err
    remove_stale_temporaries(folder)


@contextmanager
def temporary_beside(path: str | os.PathLike[str], *, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``path`` that becomes ``path`` when the block succeeds.

    For writers that need a file name (a GeoPackage through GDAL).  The temporary file
    and anything the writer adds next to it (``-journal``) are removed on failure, and
    by the next run if this process is killed.

    Parameters
    ----------
    path : path-like
        The destination.
    suffix : str, optional
        Appended after the temporary mark, e.g. ``".gpkg"`` for drivers that look at
        the extension.

    Yields
    ------
    Path
        Where to write.
    """
    target = Path(path)
    _prepare_folder(target.parent, target)
    try:
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_MARK + suffix
        )
    except OSError as err:
        raise OutputError(f"cannot write {str(target)!r}: {err.strerror}") from err
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        # What a writer (GDAL, Arrow) left in the file reaches the disk before the
        # rename, so that after a crash the path holds the old file or the whole new one.
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, target)
    except OSError as err:
        raise OutputError(f"cannot write {str(target)!r}: {err.strerror}") from err
    finally:
        for leftover in target.parent.glob(f"{tmp.name}*"):
            leftover.unlink(missing_ok=True)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Parameters
    ----------
    path : path-like
        Destination; its folder is created if missing.
    data : bytes
        The whole new content.

    Raises
    ------
    OutputError
        If the file or its folder cannot be written.
    """
    with temporary_beside(path) as tmp, tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))


#: A file in a folder that lists what bordermap wrote there, so the next run knows
#: which files are its own and which (exports, the user's notes) to keep.
MANIFEST = ".bordermap-files"


def replace_folder_atomic(folder: str | os.PathLike[str], files: dict[str, bytes]) -> list[Path]:
    """Replace the files a previous run wrote in ``folder`` by ``files``, in one step.

    The new folder is built beside the old one (other files of the old folder, such as
    exports, are linked into it) and the two are exchanged with one ``renameat2``
    call, so a reader or a killed run sees the old folder or the new one, never a mix.

    Parameters
    ----------
    folder : path-like
        The folder, created if missing.
    files : dict of str to bytes
        Relative file name (``/``-separated) → content.

    Returns
    -------
    list of Path
        The files written, in the order of ``files``.

    Raises
    ------
    OutputError
        If the folder cannot be written.
    """
    target = Path(folder)
    _prepare_folder(target.parent, target)
    if target.exists() and not target.is_dir():
        raise OutputError(f"{str(target)!r} is a file; give a folder for the report")
    try:
        staging = Path(
            tempfile.mkdtemp(
                dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_MARK
            )
        )
    except OSError as err:
        raise OutputError(f"cannot write {str(target)!r}: {err.strerror}") from err
    try:
        if target.is_dir():
            _link_others(target, staging, set(files))
        mode = _file_mode()
        for name, data in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.chmod(path, mode)
        (staging / MANIFEST).write_text("".join(f"{n}\n" for n in sorted(files)), "utf-8")
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp made it 0700
        _swap(staging, target)
    except OSError as err:
        raise OutputError(f"cannot write {str(target)!r}: {err.strerror}") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [target / name for name in files]


def _link_others(old: Path, new: Path, written: set[str]) -> None:
    """Hard-link into ``new`` every file of ``old`` that the previous run did not write."""
    manifest = old / MANIFEST
    previous = set(manifest.read_text("utf-8").split()) if manifest.exists() else set()
    for path in sorted(old.rglob("*")):
        name = path.relative_to(old).as_posix()
        if path.is_dir() or name == MANIFEST or name in written or name in previous:
            continue
        dest = new / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, dest, follow_symlinks=False)
        except OSError:
            shutil.copy2(path, dest, follow_symlinks=False)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` at ``target``; the old ``target`` ends at ``staging``."""
    if not target.exists():
        os.replace(staging, target)
        staging.mkdir()  # the caller removes it
        return
    import ctypes  # here: only a folder swap needs it (ctypes.util costs every run ~0.01 s)
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        done = renameat2(
            _AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE
        )
        if done == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(target))
    # No atomic exchange here (another kernel or file system): two renames, and the old
    # folder stays under a temporary name until the second is done.
    retired = staging.with_name(staging.name.replace(TEMP_MARK, ".old" + TEMP_MARK))
    os.replace(target, retired)
    os.replace(staging, target)
    os.replace(retired, staging)
