"""Manifests of a set of outputs: which run wrote each file, from what, and whether it finished.

``geo-disputed build`` replaces its outputs one by one (each atomically), so a build stopped
half-way would leave files of two runs side by side. Its manifest, ``<stem>.manifest.json``
beside the outputs, tells them apart: :meth:`Manifest.start` writes it before the first
output with ``"complete": false``, :meth:`Manifest.wrote` adds each output's sha256 and size
as soon as it is in place, and :meth:`Manifest.finish` marks the set ``"complete": true``.
:func:`check_outputs` reads it back and says whether the set on disk is one finished run:
an interrupted run, an output changed or deleted since, or outputs without a manifest.

The manifest also records the inputs (path, size and sha256), the options, the package
version, the boundaries' citation and the start and end times (UTC).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from geo_disputed.files import file_sha256, write_text_atomic

SCHEMA = 1

State = Literal["complete", "incomplete", "changed", "unrecorded", "empty", "unreadable"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _described(path: Path) -> dict[str, Any]:
    return {"path": str(path.absolute()), "bytes": path.stat().st_size, "sha256": file_sha256(path)}


@dataclass
class Manifest:
    """The manifest of one run, rewritten (atomically) at every step of it."""

    path: Path
    document: dict[str, Any]

    @classmethod
    def start(
        cls,
        path: str | os.PathLike[str],
        *,
        outputs: Sequence[str | os.PathLike[str]],
        inputs: Mapping[str, Iterable[str | os.PathLike[str]]],
        options: Mapping[str, Any],
        version: str,
        boundaries_source: str = "",
    ) -> Manifest:
        """Write the manifest of a run about to write ``outputs`` (``"complete": false``).

        Parameters
        ----------
        path
            The manifest file, beside the outputs.
        outputs
            Every output the run means to write (file names are recorded relative to the
            manifest's directory).
        inputs
            Input files by role (``"incidents"``, ``"boundaries"`` ...); each is hashed.
        options, version, boundaries_source
            What else decides the outputs: the run's options, the package version, the
            citation of the boundaries used.
        """
        path = Path(path)
        document = {
            "schema": SCHEMA,
            "run": uuid.uuid4().hex,
            "complete": False,
            "started": _now(),
            "finished": None,
            "version": version,
            "options": dict(options),
            "boundaries_source": boundaries_source,
            "inputs": {
                role: [_described(Path(p)) for p in paths] for role, paths in inputs.items()
            },
            "expected": [Path(p).name for p in outputs],
            "outputs": {},
        }
        manifest = cls(path, document)
        manifest._save()
        return manifest

    def wrote(self, output: str | os.PathLike[str]) -> None:
        """Record an output now in place (its size and sha256)."""
        output = Path(output)
        described = _described(output)
        del described["path"]
        self.document["outputs"][output.name] = described
        self._save()

    def not_written(self, output: str | os.PathLike[str], reason: str) -> None:
        """Record that an output was left out, and why."""
        self.document["outputs"][Path(output).name] = {"not_written": reason}
        self._save()

    def finish(self) -> None:
        """Mark the set complete: written last, after every output."""
        self.document["complete"] = True
        self.document["finished"] = _now()
        self._save()

    def _save(self) -> None:
        write_text_atomic(self.path, json.dumps(self.document, indent=1, ensure_ascii=False))


@dataclass
class OutputsCheck:
    """What :func:`check_outputs` found: the state of the set and a line per output."""

    state: State
    manifest: Path
    started: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """The set is one finished run, unchanged since (or there is nothing yet)."""
        return self.state in ("complete", "empty")

    def summary(self) -> str:
        """One line saying what the set in the manifest's directory is."""
        where = self.manifest.parent
        run = f"the build started {self.started}" if self.started else "the last build"
        return {
            "complete": f"{where}: one complete build, started {self.started}; outputs verified",
            "incomplete": f"{where}: {run} did not finish; its outputs are mixed with those "
            "of an earlier run (see the manifest)",
            "changed": f"{where}: outputs changed or removed since {run}",
            "unrecorded": f"{where}: outputs without a manifest ({self.manifest.name}); "
            "which run wrote them is unknown",
            "empty": f"{where}: no outputs yet",
            "unreadable": f"{where}: {self.manifest.name} is unreadable; which run wrote the "
            "outputs is unknown",
        }[self.state]


def check_outputs(
    manifest: str | os.PathLike[str], *, outputs: Sequence[str | os.PathLike[str]] = ()
) -> OutputsCheck:
    """Compare the outputs beside ``manifest`` with what it records.

    Parameters
    ----------
    manifest
        The manifest file.
    outputs
        The outputs expected when there is no manifest (to tell ``"empty"`` from
        ``"unrecorded"``); with a manifest, its own list is used.

    Returns
    -------
    OutputsCheck
        ``state`` is ``"complete"`` (a finished run, every output as it wrote it),
        ``"incomplete"`` (the run did not finish), ``"changed"`` (finished, but an output was
        changed or deleted since), ``"unrecorded"`` (outputs but no manifest), ``"empty"``
        (neither) or ``"unreadable"``; ``lines`` says, for each output, which it is.
    """
    manifest = Path(manifest)
    directory = manifest.parent
    if not manifest.is_file():
        present = [Path(p).name for p in outputs if (directory / Path(p).name).exists()]
        state: State = "unrecorded" if present else "empty"
        return OutputsCheck(state, manifest, lines=[f"{name}: not recorded" for name in present])
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
        expected = [str(name) for name in document["expected"]]
        recorded = dict(document["outputs"])
        complete, started = bool(document["complete"]), str(document["started"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        return OutputsCheck("unreadable", manifest, lines=[f"{manifest.name}: {exc}"])
    lines, same = [], True
    for name in expected:
        path, entry = directory / name, recorded.get(name)
        if entry is None:
            state_of = "from an earlier run" if path.exists() else "missing"
            lines.append(f"{name}: {state_of} (not written by this build)")
            same = same and not complete
        elif "not_written" in entry:
            lines.append(f"{name}: not written ({entry['not_written']})")
            same = same and not path.exists()
        elif not path.is_file():
            lines.append(f"{name}: removed since this build wrote it")
            same = False
        elif path.stat().st_size != entry.get("bytes") or file_sha256(path) != entry.get("sha256"):
            lines.append(f"{name}: changed since this build wrote it")
            same = False
        else:
            lines.append(f"{name}: written by this build, unchanged")
    final: State = "incomplete" if not complete else ("complete" if same else "changed")
    return OutputsCheck(final, manifest, started=started, lines=lines)
