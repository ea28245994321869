#!/usr/bin/env python3
"""Checks that the committed translations are what `update_translations` would write.

Runs lupdate over the sources into a temporary copy of each .ts, with -no-obsolete as the
update target does, and fails if a finished translation would be dropped (its text or context
is gone from the sources) or if the sources hold a message the committed .ts lacks.

Usage: check_translations.py LUPDATE SOURCES_LIST TS_FILE...
SOURCES_LIST is an lupdate list file: one source a line, include paths as -I lines.
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    """{(context, source, disambiguation): type} of the messages lupdate keeps; type None is finished."""
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue  # already out of the sources; counted separately
            key = (name, message.findtext("source", ""), message.findtext("comment"))
            result[key] = kind
    return result


def obsolete_count(ts_path):
    return sum(
        1
        for translation in ET.parse(ts_path).getroot().iter("translation")
        if translation.get("type") in ("obsolete", "vanished")
    )


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 70 else source[:67] + "..."
    return f"  [{context}] {text!r}" + (f" ({comment})" if comment else "")


def check(lupdate, sources_list, ts_file, work_dir):
    committed = messages(ts_file)
    refreshed_path = Path(work_dir) / Path(ts_file).name
    shutil.copyfile(ts_file, refreshed_path)
    run = subprocess.run(
        [lupdate, "-silent", f"@{sources_list}", "-ts", str(refreshed_path), "-no-obsolete",
         "-locations", "none"],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        print(f"lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}")
        return False
    refreshed = messages(refreshed_path)

    problems = []
    dropped = sorted(k for k, kind in committed.items() if kind is None and k not in refreshed)
    if dropped:
        problems.append(
            f"{len(dropped)} finished translation(s) would be dropped as obsolete (their text or "
            "context is no longer in the sources; rename the context back or carry the "
            "translation over):\n" + "\n".join(map(describe, dropped)))
    stale = sorted(k for k, kind in committed.items() if kind is not None and k not in refreshed)
    if stale:
        problems.append(
            f"{len(stale)} unfinished message(s) of the .ts are no longer in the sources:\n"
            + "\n".join(map(describe, stale)))
    missing = sorted(k for k in refreshed if k not in committed)
    if missing:
        problems.append(
            f"{len(missing)} message(s) of the sources are missing from the .ts:\n"
            + "\n".join(map(describe, missing)))
    obsolete = obsolete_count(ts_file)
    if obsolete:
        problems.append(f"{obsolete} obsolete message(s) are still in the .ts")

    finished = sum(1 for kind in committed.values() if kind is None)
    print(f"{ts_file}: {len(committed)} messages, {finished} finished, "
          f"{len(committed) - finished} unfinished, {obsolete} obsolete")
    if problems:
        print("\n".join(problems))
        if dropped:
            print("A refresh now would lose those translations: carry them over first.")
        else:
            print("Refresh it with: cmake --build build --target update_translations")
        return False
    return True


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, sources_list, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as work_dir:
        ok = all([check(lupdate, sources_list, ts, work_dir) for ts in ts_files])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
