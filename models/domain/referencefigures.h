#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Gtm {

/**
 * A published figure the method rests on (METHOD.md), with its source and year, so a worksheet
 * value taken from it, and a brief that cites it, can say where it came from. Figures with an
 * indicator can be inserted into that worksheet field.
 */
struct ReferenceFigure
{
    QString id;
    QString name;
    std::optional<double> value;
    bool approximate = false;
    QString unit;
    QString source;
    int year = 0;
    QString indicatorId; // the worksheet field the value can go into, if any
    /** The figure in other languages: language code → {"name", "source", "value"}, where
     *  "value" writes the number as that language does ("%1% 的企业"). */
    QHash<QString, QHash<QString, QString>> translations;

    /** The name in the current language (Language::current()), English where untranslated. */
    QString shownName() const;
    /** The source in the current language. */
    QString shownSource() const;
    /** "14 % of jobs" / "about 85 % of firms" / "" without a value, in the current language. */
    QString valueText() const;
    /** "Nedelkoska & Quintini, …, 2018" — what is recorded as a value's source (English, as
     *  published). */
    QString citation() const;
    /** The citation in the current language, as shown. */
    QString shownCitation() const;
};

/** The figures shipped with the program (resources/reference/figures.json). */
const QList<ReferenceFigure> &referenceFigures();

} // namespace Gtm
