#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>
#include <optional>

namespace Gtm {

/**
 * One value of a domain enum with the stable key it is stored under (in SQLite, JSON and CSV)
 * and its English display name, translated on use.
 */
template<typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *displayName;
};

/** Specialised for every domain enum with a static `entries` array and a translation context. */
template<typename E>
struct EnumTraits;

template<typename E>
QString enumKey(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QString enumDisplayName(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumTraits<E>::context, entry.displayName);
    }
    return {};
}

template<typename E>
QList<E> enumValues()
{
    QList<E> values;
    values.reserve(int(std::size(EnumTraits<E>::entries)));
    for (const auto &entry : EnumTraits<E>::entries)
        values.append(entry.value);
    return values;
}

/** The keys of an enum as one comma-separated string, for error messages. */
template<typename E>
QString enumKeyList()
{
    QStringList keys;
    for (const auto &entry : EnumTraits<E>::entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys.join(QLatin1String(", "));
}

} // namespace Gtm
