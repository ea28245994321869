#!/usr/bin/python3
"""Checks the Simplified Chinese translation text itself (the `translations` test checks that the
.ts matches the sources).

Usage: check_translation_text.py TS_FILE
Fails when a message is unfinished or empty, when a translation is its English source word for
word (outside a short allow-list of proper nouns and units, after placeholders are taken out),
when a translation loses or adds a placeholder (%1 … %9, %n), or when it drops the keyboard
mnemonic of its source ("&File" → "文件(&F)").
"""
import re
import sys
import xml.etree.ElementTree as ElementTree

# Names and units that read the same in Chinese.
ALLOWED = ["GTM Workbench", "US Letter", "A4", "GTM", "PDF", "CSV", "JSON", "SVG", "PNG",
           "ClauseLens", "OECD", "USD"]
PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)")
MNEMONIC = re.compile(r"&([A-Za-z0-9])")


def text_of(element):
    if element is None:
        return ""
    forms = element.findall("numerusform")
    if forms:
        return "".join("".join(form.itertext()) for form in forms)
    return "".join(element.itertext())


def main():
    tree = ElementTree.parse(sys.argv[1])
    problems = []
    messages = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = text_of(translation)
            where = f"{name}: {source[:60]!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                problems.append(f"{where}: not translated")
                continue
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if text.strip() == source.strip():
                rest = PLACEHOLDER.sub("", source)
                for word in ALLOWED:
                    rest = rest.replace(word, "")
                if re.search(r"[A-Za-z]{2,}", rest):
                    problems.append(f"{where}: the translation is the English source")
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"{where}: placeholders differ: {text[:60]!r}")
            wanted = {m.lower() for m in MNEMONIC.findall(source.replace("&&", ""))}
            found = {m.lower() for m in MNEMONIC.findall(text.replace("&&", ""))}
            if wanted != found:
                problems.append(f"{where}: mnemonic {sorted(wanted)} became {sorted(found)}")
    for problem in problems:
        print(problem)
    print(f"{messages} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
