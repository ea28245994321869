#!/usr/bin/env python3
"""Reads a PDF's navigation with pypdf (Debian's python3-pypdf), independently of the program.

Prints JSON: the page count, the catalog's /Lang and /PageMode, the outline (title, level, page
from 0, top in points from the page top, in order), every link annotation (its page, /Rect, /F,
/Border, target page and top), and "problems": what is wrong with the outline tree's links
(/Parent, /Prev, /Next, /First, /Last, /Count) or the links, checked here from the objects.
Exit status 2 when the PDF cannot be read.
"""

import json
import sys

from pypdf import PdfReader
from pypdf.generic import IndirectObject


def main():
    try:
        reader = PdfReader(sys.argv[1], strict=True)
        pages = list(reader.pages)
    except Exception as error:  # noqa: BLE001 - any failure to read is the answer
        print(json.dumps({"error": str(error)}))
        return 2
    page_index = {page.indirect_reference.idnum: i for i, page in enumerate(pages)}
    heights = [float(page.mediabox.top) for page in pages]
    root = reader.trailer["/Root"].get_object()
    problems = []

    def target(dest):
        dest = dest.get_object() if isinstance(dest, IndirectObject) else dest
        page_ref = dest[0]
        if not isinstance(page_ref, IndirectObject) or page_ref.idnum not in page_index:
            problems.append("a destination is not a page: %r" % (dest,))
            return None, None
        index = page_index[page_ref.idnum]
        if str(dest[1]) != "/XYZ":
            problems.append("a destination is not /XYZ: %r" % (dest,))
            return index, None
        return index, round(heights[index] - float(dest[3]), 2)

    outline = []

    def walk(parent_ref, parent, level):
        """The children of `parent`, checked against their links; returns how many there are,
        descendants included."""
        first = parent.raw_get("/First") if "/First" in parent else None
        last = parent.raw_get("/Last") if "/Last" in parent else None
        if first is None:
            if last is not None:
                problems.append("/Last without /First")
            return 0
        total = 0
        previous_ref = None
        item_ref = first
        seen = set()
        while item_ref is not None:
            if item_ref.idnum in seen:
                problems.append("a loop in the outline")
                break
            seen.add(item_ref.idnum)
            item = item_ref.get_object()
            parent_of = item.raw_get("/Parent") if "/Parent" in item else None
            if parent_of is None or parent_of.idnum != parent_ref.idnum:
                problems.append("%s: wrong /Parent" % item.get("/Title"))
            prev = item.raw_get("/Prev") if "/Prev" in item else None
            if (prev.idnum if prev is not None else None) != (
                previous_ref.idnum if previous_ref is not None else None
            ):
                problems.append("%s: wrong /Prev" % item.get("/Title"))
            page, top = target(item["/Dest"])
            outline.append(
                {"title": str(item["/Title"]), "level": level, "page": page, "top": top}
            )
            children = walk(item_ref, item, level + 1)
            count = item.get("/Count")
            if children and count != children:
                problems.append("%s: /Count %s, not %d" % (item.get("/Title"), count, children))
            if not children and count is not None:
                problems.append("%s: /Count without children" % item.get("/Title"))
            total += 1 + children
            previous_ref = item_ref
            item_ref = item.raw_get("/Next") if "/Next" in item else None
        if last is None or previous_ref is None or last.idnum != previous_ref.idnum:
            problems.append("wrong /Last under %s" % parent.get("/Title", "the outline root"))
        return total

    if "/Outlines" in root:
        outlines_ref = root.raw_get("/Outlines")
        outlines = root["/Outlines"]
        total = walk(outlines_ref, outlines, 0)
        if outlines.get("/Count") != total:
            problems.append("the outline root's /Count %s, not %d" % (outlines.get("/Count"), total))

    links = []
    for index, page in enumerate(pages):
        for annotation in (page["/Annots"] if "/Annots" in page else []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            target_page, target_top = target(annotation["/Dest"])
            links.append(
                {
                    "page": index,
                    "rect": [float(v) for v in annotation["/Rect"]],
                    "flags": int(annotation.get("/F", 0)),
                    "border": [float(v) for v in annotation.get("/Border", [])],
                    "targetPage": target_page,
                    "targetTop": target_top,
                }
            )

    lang = root.get("/Lang")
    print(
        json.dumps(
            {
                "pages": len(pages),
                "lang": str(lang) if lang is not None else None,
                "pageMode": str(root.get("/PageMode")) if "/PageMode" in root else None,
                "outline": outline,
                "links": links,
                "problems": problems,
                "title": str(reader.metadata.title) if reader.metadata else None,
                "catalogKeys": sorted(str(key) for key in root.keys()),
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
