#pragma once

#include "domain/enumkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <optional>
#include <vector>

namespace Gtm {

/** Writing JSON: a key from a literal, and an optional number as the number or null. */
namespace JsonWriting {

inline QString key(const char *name)
{
    return QLatin1String(name);
}

inline QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/** A finite number rounded to `decimals` places, or JSON null for "none" (NaN, infinite). */
inline QJsonValue rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

inline QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optionalJson(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/** An optional enum as its key, or null. */
template<typename E>
QJsonValue optionalKeyJson(const std::optional<E> &value)
{
    return value ? QJsonValue(enumKey(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace JsonWriting

/**
 * Reads typed fields from JSON objects, remembering the first problem with its JSON path
 * ("verticals[3].values.\"context.ai_enthusiasm\""). Fields absent from an object leave the
 * target as it is, so documents can be partial.
 */
class JsonReader
{
    // Gives JsonReader::tr() a context that lupdate records as it is, the one the .ts uses.
    Q_DECLARE_TR_FUNCTIONS(Gtm::JsonReader)

public:
    /** "malformed JSON at line 3, column 9: …" for a parse error, counting characters. */
    static QString parseErrorText(const QByteArray &bytes, const QJsonParseError &parseError)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                column = 1;
            } else if ((bytes.at(i) & 0xC0) != 0x80) { // not a UTF-8 continuation byte
                ++column;
            }
        }
        return tr("malformed JSON at line %1, column %2: %3")
            .arg(QString::number(line), QString::number(column), parseError.errorString());
    }

    /**
     * For well-formed JSON (parse it first): "PATH: the key "K" is given twice" for the first
     * key repeated in one object, or an empty string. QJsonDocument keeps only the last of
     * them, so a file that says two things would silently mean one.
     */
    static QString duplicateKeyText(const QByteArray &json)
    {
        struct Frame
        {
            bool object = false;
            QString path;
            QSet<QString> keys;
            QString key; // the last key read, for its value's path
            bool expectKey = false;
            qsizetype index = 0;
        };
        std::vector<Frame> stack;
        const auto childPath = [&stack]() -> QString {
            if (stack.empty())
                return {};
            const Frame &top = stack.back();
            if (!top.object)
                return QStringLiteral("%1[%2]").arg(top.path).arg(top.index);
            return top.path.isEmpty() ? top.key : top.path + QLatin1Char('.') + top.key;
        };
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if (c == '{' || c == '[') {
                Frame frame;
                frame.object = c == '{';
                frame.expectKey = frame.object;
                frame.path = childPath();
                stack.push_back(std::move(frame));
            } else if (c == '}' || c == ']') {
                if (!stack.empty())
                    stack.pop_back();
            } else if (c == ',' && !stack.empty()) {
                if (stack.back().object)
                    stack.back().expectKey = true;
                else
                    ++stack.back().index;
            } else if (c == '"') {
                const qsizetype start = i;
                bool escaped = false;
                for (++i; i < json.size(); ++i) {
                    if (json.at(i) == '\\') {
                        escaped = true;
                        ++i;
                    } else if (json.at(i) == '"') {
                        break;
                    }
                }
                if (stack.empty() || !stack.back().object || !stack.back().expectKey)
                    continue; // a string value
                const QByteArray raw = json.mid(start, i - start + 1);
                // An escaped key ("\u0061") is the same key as the one it spells.
                const QString key = escaped
                    ? QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString()
                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
                Frame &top = stack.back();
                top.expectKey = false;
                top.key = key;
                if (top.keys.contains(key))
                    return tr("%1: the key \"%2\" is given twice in one object")
                        .arg(childPath(), key);
                top.keys.insert(key);
            }
        }
        return {};
    }

    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
    }

    static QString at(const QString &path, const char *name)
    {
        return path.isEmpty() ? QLatin1String(name) : path + QLatin1Char('.') + QLatin1String(name);
    }
    static QString at(const QString &path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    bool onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *name : allowed)
                known = known || it.key() == QLatin1String(name);
            if (!known) {
                QStringList names;
                for (const char *name : allowed)
                    names.append(QLatin1String(name));
                fail(path,
                     tr("unknown key \"%1\" (expected one of: %2)")
                         .arg(it.key(), names.join(QLatin1String(", "))));
                return false;
            }
        }
        return true;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject()) {
            fail(path, tr("expected an object"));
            return false;
        }
        *out = value.toObject();
        return true;
    }

    bool array(const QJsonValue &value, const QString &path, QJsonArray *out)
    {
        if (!value.isArray()) {
            fail(path, tr("expected an array"));
            return false;
        }
        *out = value.toArray();
        return true;
    }

    void text(const QJsonObject &o, const char *name, const QString &path, QString *out)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (it->isNull())
            out->clear();
        else if (it->isString())
            *out = it->toString();
        else
            fail(at(path, name), tr("expected a string"));
    }

    void number(const QJsonObject &o, const char *name, const QString &path,
                std::optional<double> *out, double minimum, double maximum)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (it->isNull()) {
            out->reset();
            return;
        }
        if (!it->isDouble()) {
            fail(at(path, name), tr("expected a number or null"));
            return;
        }
        const double value = it->toDouble();
        if (!(value >= minimum && value <= maximum)) {
            fail(at(path, name), tr("%1 is outside %2 to %3").arg(value).arg(minimum).arg(maximum));
            return;
        }
        *out = value;
    }

    void integer(const QJsonObject &o, const char *name, const QString &path, int *out, int minimum,
                 int maximum)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        const double value = it->toDouble(std::nan(""));
        if (!it->isDouble() || value != std::floor(value)) {
            fail(at(path, name), tr("expected a whole number"));
            return;
        }
        if (value < minimum || value > maximum) {
            fail(at(path, name), tr("%1 is outside %2 to %3").arg(value).arg(minimum).arg(maximum));
            return;
        }
        *out = int(value);
    }

    void boolean(const QJsonObject &o, const char *name, const QString &path, bool *out)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (!it->isBool()) {
            fail(at(path, name), tr("expected true or false"));
            return;
        }
        *out = it->toBool();
    }

    /** A whole number that may be null (unset). */
    void optionalInteger(const QJsonObject &o, const char *name, const QString &path,
                         std::optional<int> *out, int minimum, int maximum)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (it->isNull()) {
            out->reset();
            return;
        }
        int value = 0;
        integer(o, name, path, &value, minimum, maximum);
        if (ok())
            *out = value;
    }

    /** true, false or null (unset). */
    void optionalBoolean(const QJsonObject &o, const char *name, const QString &path,
                         std::optional<bool> *out)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (it->isNull()) {
            out->reset();
            return;
        }
        if (!it->isBool()) {
            fail(at(path, name), tr("expected true, false or null"));
            return;
        }
        *out = it->toBool();
    }

    /** An enum key or null (unset). */
    template<typename E>
    void optionalEnumeration(const QJsonObject &o, const char *name, const QString &path,
                             std::optional<E> *out)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        if (it->isNull()) {
            out->reset();
            return;
        }
        const std::optional<E> value = enumFromKey<E>(it->toString());
        if (!it->isString() || !value) {
            fail(at(path, name), tr("expected null or one of: %1").arg(enumKeyList<E>()));
            return;
        }
        *out = *value;
    }

    template<typename E>
    void enumeration(const QJsonObject &o, const char *name, const QString &path, E *out)
    {
        const auto it = o.find(QLatin1String(name));
        if (it == o.end())
            return;
        const std::optional<E> value = enumFromKey<E>(it->toString());
        if (!it->isString() || !value) {
            fail(at(path, name), tr("expected one of: %1").arg(enumKeyList<E>()));
            return;
        }
        *out = *value;
    }
};

} // namespace Gtm
