#include "pdfmetadata.h"

#include <QRegularExpression>

namespace Gtm::PdfMetadataWriter {

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray pdfDate(const QDateTime &time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z";
}

QByteArray xmpDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + "Z";
}

} // namespace

QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray xmp(const PdfMetadata &m)
{
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xmlEscaped(m.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!m.author.isEmpty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(m.author)
            + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!m.subject.isEmpty())
        x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(m.subject)
            + "</rdf:li></rdf:Alt></dc:description>\n";
    x += "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "   <pdf:Producer>"
        + xmlEscaped(m.producer) + "</pdf:Producer>\n";
    if (!m.keywords.isEmpty())
        x += "   <pdf:Keywords>" + xmlEscaped(m.keywords) + "</pdf:Keywords>\n";
    x += "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "   <xmp:CreatorTool>"
        + xmlEscaped(m.creator) + "</xmp:CreatorTool>\n   <xmp:CreateDate>" + xmpDate(m.created)
        + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + xmpDate(m.created)
        + "</xmp:ModifyDate>\n  </rdf:Description>\n";
    if (m.pdfA)
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
             "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n";
    x += " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

bool addInfo(QByteArray *pdf, const PdfMetadata &m)
{
    // The last cross-reference section and its trailer.
    const qsizetype startxref = pdf->lastIndexOf("startxref");
    const qsizetype trailer = pdf->lastIndexOf("trailer");
    if (startxref < 0 || trailer < 0 || trailer > startxref)
        return false;
    const QString tail = QString::fromLatin1(pdf->mid(trailer, pdf->size() - trailer));
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression idPattern(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    static const QRegularExpression offsetPattern(QStringLiteral("startxref\\s+(\\d+)"));
    const QRegularExpressionMatch size = sizePattern.match(tail);
    const QRegularExpressionMatch root = rootPattern.match(tail);
    const QRegularExpressionMatch offset = offsetPattern.match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !offset.hasMatch())
        return false;
    const int object = size.captured(1).toInt();
    QByteArray update = "\n";
    const qsizetype objectOffset = pdf->size() + update.size();
    update += QByteArray::number(object) + " 0 obj\n<<\n/Title " + textString(m.title);
    if (!m.author.isEmpty())
        update += "\n/Author " + textString(m.author);
    if (!m.subject.isEmpty())
        update += "\n/Subject " + textString(m.subject);
    if (!m.keywords.isEmpty())
        update += "\n/Keywords " + textString(m.keywords);
    update += "\n/Creator " + textString(m.creator) + "\n/Producer " + textString(m.producer)
        + "\n/CreationDate (" + pdfDate(m.created) + ")\n/ModDate (" + pdfDate(m.created)
        + ")\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf->size() + update.size();
    update += "xref\n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root "
        + root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev "
        + offset.captured(1).toLatin1() + "\n";
    const QRegularExpressionMatch id = idPattern.match(tail);
    if (id.hasMatch())
        update += "/ID " + id.captured(1).toLatin1() + "\n";
    update += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace Gtm::PdfMetadataWriter
