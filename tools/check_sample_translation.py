#!/usr/bin/env python3
"""Checks that a translated sample workspace matches the English one.

Same structure, same numbers, booleans and enum keys; every other text is translated (differs
from the English and contains CJK characters when the language is Chinese).

Usage: tools/check_sample_translation.py resources/sample/contract-review.json \
           resources/sample/contract-review.zh_CN.json
"""
import json
import re
import sys

# Fields holding keys the program reads, not text a reader sees.
KEY_FIELDS = {"format", "category", "customCategory", "modality", "committeeRole", "driver",
              "framing", "model", "kind", "stakeholder"}
# Texts that stay as they are in every language.
KEPT = {"product/name"}
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def compare(en, tr, path, problems):
    where = "/".join(map(str, path)) or "(root)"
    if type(en) is not type(tr):
        problems.append(f"{where}: {type(en).__name__} became {type(tr).__name__}")
    elif isinstance(en, dict):
        if list(en) != list(tr):
            problems.append(f"{where}: keys {list(en)} became {list(tr)}")
        for key in en:
            if key in tr:
                compare(en[key], tr[key], path + [key], problems)
    elif isinstance(en, list):
        if len(en) != len(tr):
            problems.append(f"{where}: {len(en)} items became {len(tr)}")
        for i, (a, b) in enumerate(zip(en, tr)):
            compare(a, b, path + [i], problems)
    elif isinstance(en, str):
        if (path and path[-1] in KEY_FIELDS) or where in KEPT or en == "":
            if en != tr:
                problems.append(f"{where}: must stay {en!r}, is {tr!r}")
        elif en == tr:
            problems.append(f"{where}: not translated")
        elif not CJK.search(tr):
            problems.append(f"{where}: no Chinese in {tr!r}")
    elif en != tr:
        problems.append(f"{where}: {en!r} became {tr!r}")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        en = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        tr = json.load(f)
    problems = []
    compare(en, tr, [], problems)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
