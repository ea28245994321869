#include "pdfnavigation.h"

#include "pdfmetadata.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Gtm::PdfNavigationWriter {

namespace {

/** A PDF object as read: its kind, where its bytes are, and what the writer needs of it. */
struct Value
{
    enum Kind { Null, Bool, Number, Name, String, Array, Dict, Ref, Keyword };
    Kind kind = Null;
    qsizetype begin = 0; // its bytes in the file, [begin, end)
    qsizetype end = 0;
    QByteArray text; // a name (without the slash), a number or a keyword as written
    QList<Value> items; // an array's
    QList<std::pair<QByteArray, Value>> entries; // a dictionary's, in their order
    int number = 0; // a reference's
    int generation = 0;

    const Value *get(const QByteArray &key) const
    {
        for (const auto &[name, value] : entries) {
            if (name == key)
                return &value;
        }
        return nullptr;
    }
    QByteArray raw(const QByteArray &pdf) const { return pdf.mid(begin, end - begin); }
    QByteArray reference() const
    {
        return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
    }
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == '/' || c == '%';
}

bool isInteger(const QByteArray &token)
{
    return !token.isEmpty()
        && std::all_of(token.cbegin(), token.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

/** Reads objects of PDF syntax (ISO 32000-1, 7.2–7.3) from any offset of the file. */
class Reader
{
public:
    explicit Reader(const QByteArray &pdf)
        : m_pdf(pdf)
    { }

    qsizetype position() const { return m_pos; }
    void seek(qsizetype position) { m_pos = position; }

    void skipSpace()
    {
        while (m_pos < m_pdf.size()) {
            const char c = m_pdf.at(m_pos);
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == '%') {
                while (m_pos < m_pdf.size() && m_pdf.at(m_pos) != '\n' && m_pdf.at(m_pos) != '\r')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    /** A run of regular characters: a number, a keyword, true, false, null. */
    QByteArray token()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_pdf.size() && !isSpace(m_pdf.at(m_pos)) && !isDelimiter(m_pdf.at(m_pos)))
            ++m_pos;
        return m_pdf.mid(start, m_pos - start);
    }

    bool startsWith(const char *keyword)
    {
        skipSpace();
        return QByteArrayView(m_pdf).sliced(m_pos).startsWith(keyword);
    }

    bool value(Value *v, int depth = 0)
    {
        skipSpace();
        if (m_pos >= m_pdf.size() || depth > 64)
            return false;
        v->begin = m_pos;
        const char c = m_pdf.at(m_pos);
        bool ok = true;
        if (c == '[') {
            v->kind = Value::Array;
            ++m_pos;
            for (;;) {
                skipSpace();
                if (m_pos >= m_pdf.size())
                    return false;
                if (m_pdf.at(m_pos) == ']') {
                    ++m_pos;
                    break;
                }
                Value item;
                if (!value(&item, depth + 1))
                    return false;
                v->items.append(item);
            }
        } else if (startsWith("<<")) {
            v->kind = Value::Dict;
            m_pos += 2;
            for (;;) {
                skipSpace();
                if (startsWith(">>")) {
                    m_pos += 2;
                    break;
                }
                Value key;
                if (!value(&key, depth + 1) || key.kind != Value::Name)
                    return false;
                Value item;
                if (!value(&item, depth + 1))
                    return false;
                v->entries.append(std::make_pair(key.text, item));
            }
        } else if (c == '<') {
            v->kind = Value::String;
            const qsizetype close = m_pdf.indexOf('>', m_pos);
            if (close < 0)
                return false;
            m_pos = close + 1;
        } else if (c == '(') {
            v->kind = Value::String;
            ok = literalString();
        } else if (c == '/') {
            v->kind = Value::Name;
            ++m_pos;
            const qsizetype start = m_pos;
            while (m_pos < m_pdf.size() && !isSpace(m_pdf.at(m_pos))
                   && !isDelimiter(m_pdf.at(m_pos)))
                ++m_pos;
            v->text = m_pdf.mid(start, m_pos - start);
        } else {
            v->text = token();
            if (v->text.isEmpty())
                return false;
            if (v->text == "null") {
                v->kind = Value::Null;
            } else if (v->text == "true" || v->text == "false") {
                v->kind = Value::Bool;
            } else if (isInteger(v->text)) {
                // "12 0 R" is a reference; "12 0" alone two numbers.
                v->kind = Value::Number;
                const qsizetype after = m_pos;
                const QByteArray generation = token();
                if (isInteger(generation) && token() == "R") {
                    v->kind = Value::Ref;
                    v->number = v->text.toInt();
                    v->generation = generation.toInt();
                } else {
                    m_pos = after;
                }
            } else if (v->text.front() == '-' || v->text.front() == '+' || v->text.front() == '.'
                       || (v->text.front() >= '0' && v->text.front() <= '9')) {
                v->kind = Value::Number;
            } else {
                v->kind = Value::Keyword;
            }
        }
        v->end = m_pos;
        return ok;
    }

private:
    bool literalString()
    {
        int depth = 0;
        while (m_pos < m_pdf.size()) {
            const char c = m_pdf.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0)
                return true;
        }
        return false;
    }

    const QByteArray &m_pdf;
    qsizetype m_pos = 0;
};

struct Page
{
    Value reference;
    Value dictionary;
    QRectF mediaBox; // in PDF's own coordinates, y up
};

/** The PDF as its cross-reference tables describe it. */
class Document
{
public:
    explicit Document(const QByteArray &pdf)
        : m_pdf(pdf)
        , m_reader(pdf)
    { }

    QString error;
    Value trailer; // the newest
    qsizetype lastXref = 0;
    QList<Page> pages;

    bool read()
    {
        const qsizetype startxref = m_pdf.lastIndexOf("startxref");
        if (startxref < 0)
            return fail(QStringLiteral("no startxref"));
        m_reader.seek(startxref + 9);
        const QByteArray offset = m_reader.token();
        if (!isInteger(offset))
            return fail(QStringLiteral("no offset after startxref"));
        lastXref = offset.toLongLong();
        QSet<qsizetype> seen;
        for (qsizetype at = lastXref; at >= 0;) {
            if (seen.contains(at) || at >= m_pdf.size())
                return fail(QStringLiteral("a cross-reference offset out of place"));
            seen.insert(at);
            Value sectionTrailer;
            if (!readXref(at, &sectionTrailer))
                return false;
            if (seen.size() == 1)
                trailer = sectionTrailer;
            if (sectionTrailer.get("XRefStm"))
                return fail(QStringLiteral("a cross-reference stream (hybrid file) is not "
                                           "supported"));
            const Value *prev = sectionTrailer.get("Prev");
            at = prev && prev->kind == Value::Number ? prev->text.toLongLong() : -1;
        }
        if (trailer.get("Encrypt"))
            return fail(QStringLiteral("an encrypted PDF is not supported"));
        const Value *size = trailer.get("Size");
        const Value *root = trailer.get("Root");
        if (!size || size->kind != Value::Number || !root || root->kind != Value::Ref)
            return fail(QStringLiteral("the trailer has no /Size or /Root"));
        Value catalog;
        if (!object(*root, &catalog) || catalog.kind != Value::Dict)
            return fail(QStringLiteral("the catalog cannot be read"));
        const Value *tree = catalog.get("Pages");
        if (!tree || tree->kind != Value::Ref)
            return fail(QStringLiteral("the catalog has no /Pages"));
        QSet<int> visited;
        return collectPages(*tree, QRectF(0, 0, 612, 792), &visited);
    }

    /** The object `reference` points at, as the newest cross-reference section has it. */
    bool object(const Value &reference, Value *v)
    {
        const auto it = m_offsets.constFind(reference.number);
        if (it == m_offsets.cend() || it->second != reference.generation)
            return false;
        m_reader.seek(it->first);
        if (m_reader.token().toInt() != reference.number
            || m_reader.token().toInt() != reference.generation || m_reader.token() != "obj")
            return fail(QStringLiteral("object %1 is not where the cross-reference table says")
                            .arg(reference.number));
        return m_reader.value(v);
    }

    int generation(int number) const { return m_offsets.value(number).second; }

private:
    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }

    bool readXref(qsizetype at, Value *sectionTrailer)
    {
        m_reader.seek(at);
        if (!m_reader.startsWith("xref")) {
            if (isInteger(m_reader.token()))
                return fail(QStringLiteral("a cross-reference stream (compressed objects) is not "
                                           "supported"));
            return fail(QStringLiteral("no cross-reference table at offset %1").arg(at));
        }
        m_reader.token(); // xref
        for (;;) {
            if (m_reader.startsWith("trailer"))
                break;
            const QByteArray first = m_reader.token();
            const QByteArray count = m_reader.token();
            if (!isInteger(first) || !isInteger(count))
                return fail(QStringLiteral("a damaged cross-reference table"));
            for (int i = 0; i < count.toInt(); ++i) {
                const QByteArray offset = m_reader.token();
                const QByteArray generation = m_reader.token();
                const QByteArray type = m_reader.token();
                if (!isInteger(offset) || !isInteger(generation) || (type != "n" && type != "f"))
                    return fail(QStringLiteral("a damaged cross-reference table"));
                const int number = first.toInt() + i;
                // The newest section is read first and wins.
                if (!m_offsets.contains(number) && !m_free.contains(number)) {
                    if (type == "n")
                        m_offsets.insert(number, {offset.toLongLong(), generation.toInt()});
                    else
                        m_free.insert(number);
                }
            }
        }
        m_reader.token(); // trailer
        if (!m_reader.value(sectionTrailer) || sectionTrailer->kind != Value::Dict)
            return fail(QStringLiteral("a damaged trailer"));
        return true;
    }

    std::optional<QRectF> box(const Value *v)
    {
        Value resolved;
        if (v && v->kind == Value::Ref && object(*v, &resolved))
            v = &resolved;
        if (!v || v->kind != Value::Array || v->items.size() != 4)
            return std::nullopt;
        qreal n[4];
        for (int i = 0; i < 4; ++i)
            n[i] = v->items.at(i).text.toDouble();
        return QRectF(QPointF(std::min(n[0], n[2]), std::min(n[1], n[3])),
                      QPointF(std::max(n[0], n[2]), std::max(n[1], n[3])));
    }

    bool collectPages(const Value &reference, QRectF inherited, QSet<int> *visited)
    {
        if (visited->contains(reference.number))
            return fail(QStringLiteral("the page tree has a loop"));
        visited->insert(reference.number);
        Value node;
        if (!object(reference, &node) || node.kind != Value::Dict)
            return fail(QStringLiteral("page tree node %1 cannot be read").arg(reference.number));
        if (const std::optional<QRectF> own = box(node.get("MediaBox")))
            inherited = *own;
        const Value *type = node.get("Type");
        const Value *kids = node.get("Kids");
        if (type && type->text == "Page") {
            pages.append({reference, node, inherited});
            return true;
        }
        Value resolved;
        if (kids && kids->kind == Value::Ref && object(*kids, &resolved))
            kids = &resolved;
        if (!kids || kids->kind != Value::Array)
            return fail(QStringLiteral("page tree node %1 has no /Kids").arg(reference.number));
        for (const Value &kid : kids->items) {
            if (kid.kind != Value::Ref || !collectPages(kid, inherited, visited))
                return fail(QStringLiteral("a page tree kid cannot be read"));
        }
        return true;
    }

    const QByteArray &m_pdf;
    Reader m_reader;
    QHash<int, std::pair<qsizetype, int>> m_offsets; // number: offset, generation
    QSet<int> m_free;
};

QByteArray number(qreal value)
{
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

/** A dictionary with every key it had but `replaced`'s, then those with their new values. */
QByteArray rewritten(const QByteArray &pdf, const Value &dictionary,
                     const QList<std::pair<QByteArray, QByteArray>> &replaced)
{
    QByteArray out = "<<\n";
    for (const auto &[key, value] : dictionary.entries) {
        const bool replacedKey
            = std::any_of(replaced.cbegin(), replaced.cend(),
                          [&key = key](const auto &entry) { return entry.first == key; });
        if (!replacedKey)
            out += '/' + key + ' ' + value.raw(pdf) + '\n';
    }
    for (const auto &[key, value] : replaced)
        out += '/' + key + ' ' + value + '\n';
    return out + ">>";
}

/** A PDF text string: plain ASCII as a literal, anything else as UTF-16BE. */
QByteArray textString(const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('(')
            && c != QLatin1Char(')') && c != QLatin1Char('\\');
    });
    return plain ? '(' + text.toLatin1() + ')' : PdfMetadataWriter::textString(text);
}

} // namespace

bool add(QByteArray *pdf, const PdfNavigation &nav, QString *error)
{
    if (nav.outline.isEmpty() && nav.links.isEmpty() && nav.language.isEmpty())
        return true;
    Document document(*pdf);
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = QStringLiteral("Cannot add navigation to the PDF: %1.").arg(why);
        return false;
    };
    if (!document.read())
        return refuse(document.error);
    const QList<Page> &pages = document.pages;
    for (const PdfNavigation::Entry &entry : nav.outline) {
        if (entry.page < 0 || entry.page >= pages.size())
            return refuse(QStringLiteral("the outline entry \"%1\" is on page %2 of %3")
                              .arg(entry.title)
                              .arg(entry.page + 1)
                              .arg(pages.size()));
    }
    for (const PdfNavigation::Link &link : nav.links) {
        if (link.page < 0 || link.page >= pages.size() || link.targetPage < 0
            || link.targetPage >= pages.size())
            return refuse(QStringLiteral("a link from page %1 to page %2 of %3")
                              .arg(link.page + 1)
                              .arg(link.targetPage + 1)
                              .arg(pages.size()));
    }

    // Where the view goes: the left edge of the page, `y` points below its top.
    const auto destination = [&pages](int page, qreal y) {
        const Page &p = pages.at(page);
        const qreal top = p.mediaBox.bottom() - std::clamp<qreal>(y, 0, p.mediaBox.height());
        return '[' + p.reference.reference() + " /XYZ " + number(p.mediaBox.left()) + ' '
            + number(top) + " null]";
    };

    int next = document.trailer.get("Size")->text.toInt();
    QMap<int, std::pair<int, QByteArray>> objects; // number: generation, body

    // The outline: each entry nests under the nearest earlier entry of a lower level.
    const qsizetype count = nav.outline.size();
    const int outlineRoot = count > 0 ? next++ : 0;
    const int firstItem = next;
    next += int(count);
    QList<int> parent(count, -1);
    QList<QList<int>> children(count);
    QList<int> topLevel;
    {
        QList<int> open; // the chain of entries a new one may nest under
        for (int i = 0; i < count; ++i) {
            while (!open.isEmpty() && nav.outline.at(open.last()).level >= nav.outline.at(i).level)
                open.removeLast();
            parent[i] = open.isEmpty() ? -1 : open.last();
            (parent[i] < 0 ? topLevel : children[parent[i]]).append(i);
            open.append(i);
        }
    }
    QList<int> descendants(count, 0);
    for (int i = int(count) - 1; i >= 0; --i) {
        if (parent[i] >= 0)
            descendants[parent[i]] += 1 + descendants[i];
    }
    if (count > 0) {
        objects.insert(outlineRoot,
                       {0,
                        "<<\n/Type /Outlines\n/First " + reference(firstItem + topLevel.first())
                            + "\n/Last " + reference(firstItem + topLevel.last()) + "\n/Count "
                            + QByteArray::number(count) + "\n>>"});
    }
    for (int i = 0; i < count; ++i) {
        const PdfNavigation::Entry &entry = nav.outline.at(i);
        const QList<int> &siblings = parent[i] < 0 ? topLevel : children[parent[i]];
        const qsizetype at = siblings.indexOf(i);
        QByteArray item = "<<\n/Title " + textString(entry.title) + "\n/Parent "
            + reference(parent[i] < 0 ? outlineRoot : firstItem + parent[i]);
        if (at > 0)
            item += "\n/Prev " + reference(firstItem + siblings.at(at - 1));
        if (at + 1 < siblings.size())
            item += "\n/Next " + reference(firstItem + siblings.at(at + 1));
        if (!children[i].isEmpty()) {
            // Open: every descendant shows.
            item += "\n/First " + reference(firstItem + children[i].first()) + "\n/Last "
                + reference(firstItem + children[i].last()) + "\n/Count "
                + QByteArray::number(descendants[i]);
        }
        item += "\n/Dest " + destination(entry.page, entry.y) + "\n>>";
        objects.insert(firstItem + i, {0, item});
    }

    // The links, printable (PDF/A-1 asks for the print flag) and without a border.
    QMap<int, QList<int>> annotationsOf; // page index: new annotation objects
    for (const PdfNavigation::Link &link : nav.links) {
        const QRectF box = pages.at(link.page).mediaBox;
        const QRectF r = link.rect.normalized();
        const int object = next++;
        objects.insert(object,
                       {0,
                        "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + number(box.left() + r.left())
                            + ' ' + number(box.bottom() - r.bottom()) + ' '
                            + number(box.left() + r.right()) + ' ' + number(box.bottom() - r.top())
                            + "]\n/Border [0 0 0]\n/F 4\n/Dest "
                            + destination(link.targetPage, link.targetY) + "\n>>"});
        annotationsOf[link.page].append(object);
    }

    // Each page's /Annots gets them: its array object rewritten when only it refers to that
    // array, else the page itself.
    QHash<int, int> arrayUsers;
    for (const Page &page : pages) {
        const Value *annots = page.dictionary.get("Annots");
        if (annots && annots->kind == Value::Ref)
            ++arrayUsers[annots->number];
    }
    for (auto it = annotationsOf.cbegin(); it != annotationsOf.cend(); ++it) {
        const Page &page = pages.at(it.key());
        QByteArray added;
        for (int object : it.value())
            added += ' ' + reference(object);
        const Value *annots = page.dictionary.get("Annots");
        Value array;
        if (annots && annots->kind == Value::Ref) {
            if (!document.object(*annots, &array) || array.kind != Value::Array)
                return refuse(
                    QStringLiteral("the annotations of page %1 cannot be read").arg(it.key() + 1));
        } else if (annots && annots->kind == Value::Array) {
            array = *annots;
        } else if (annots) {
            return refuse(
                QStringLiteral("the annotations of page %1 are not an array").arg(it.key() + 1));
        }
        QByteArray items;
        for (const Value &item : std::as_const(array.items))
            items += ' ' + item.raw(*pdf);
        const QByteArray newArray = '[' + items + added + " ]";
        if (annots && annots->kind == Value::Ref && arrayUsers.value(annots->number) == 1
            && !objects.contains(annots->number)) {
            objects.insert(annots->number, {annots->generation, newArray});
        } else {
            objects.insert(page.reference.number,
                           {page.reference.generation,
                            rewritten(*pdf, page.dictionary,
                                      {std::make_pair(QByteArray("Annots"), newArray)})});
        }
    }

    // The catalog, under its own number, with every key it had.
    const Value *root = document.trailer.get("Root");
    Value catalog;
    if (!document.object(*root, &catalog) || catalog.kind != Value::Dict)
        return refuse(QStringLiteral("the catalog cannot be read"));
    QList<std::pair<QByteArray, QByteArray>> catalogKeys;
    if (count > 0) {
        catalogKeys.append(std::make_pair(QByteArray("Outlines"), reference(outlineRoot)));
        catalogKeys.append(std::make_pair(QByteArray("PageMode"), QByteArray("/UseOutlines")));
    }
    if (!nav.language.isEmpty())
        catalogKeys.append(std::make_pair(QByteArray("Lang"), textString(nav.language)));
    if (!catalogKeys.isEmpty())
        objects.insert(root->number, {root->generation, rewritten(*pdf, catalog, catalogKeys)});

    // The update: its objects, a cross-reference section of runs of numbers, the trailer.
    QByteArray update = "\n";
    QMap<int, qsizetype> offsets;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        offsets.insert(it.key(), pdf->size() + update.size());
        update += QByteArray::number(it.key()) + ' ' + QByteArray::number(it.value().first)
            + " obj\n" + it.value().second + "\nendobj\n";
    }
    const qsizetype xref = pdf->size() + update.size();
    update += "xref\n";
    for (auto it = objects.cbegin(); it != objects.cend();) {
        auto end = it;
        int last = it.key();
        while (std::next(end) != objects.cend() && std::next(end).key() == last + 1) {
            ++end;
            ++last;
        }
        update
            += QByteArray::number(it.key()) + ' ' + QByteArray::number(last - it.key() + 1) + '\n';
        for (auto entry = it; entry != std::next(end); ++entry) {
            update += QByteArray::number(offsets.value(entry.key())).rightJustified(10, '0') + ' '
                + QByteArray::number(entry.value().first).rightJustified(5, '0') + " n \n";
        }
        it = std::next(end);
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + root->reference();
    for (const char *key : {"Info", "ID"}) {
        if (const Value *value = document.trailer.get(key))
            update += "\n/" + QByteArray(key) + ' ' + value->raw(*pdf);
    }
    update += "\n/Prev " + QByteArray::number(document.lastXref) + "\n>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace Gtm::PdfNavigationWriter
