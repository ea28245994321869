#pragma once

#include "export/briefoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;

namespace Gtm {

class Brief;
struct Workspace;

/**
 * What goes into the GTM brief: the verticals, the sections, the language, the page size and
 * PDF/A, with a print preview of exactly the pages the PDF will have. The choices are
 * remembered for the next brief.
 */
class BriefDialog : public QDialog
{
    Q_OBJECT

public:
    BriefDialog(const Workspace &workspace, QWidget *parent = nullptr);

    BriefOptions options() const;
    void setOptions(const BriefOptions &options);

    QListWidget *verticals() const { return m_verticals; }
    QComboBox *language() const { return m_language; }
    QComboBox *pageSize() const { return m_pageSize; }
    QCheckBox *pdfA() const { return m_pdfA; }
    QPushButton *previewButton() const { return m_preview; }
    QCheckBox *section(BriefOptions::Section section) const;

    /** Lays the brief out (with progress and Cancel) and shows it in a print preview. */
    void preview();

    /** The options last used, from QSettings. */
    static BriefOptions savedOptions();
    static void saveOptions(const BriefOptions &options);

private:
    void updateAcceptable();

    const Workspace &m_workspace;
    QListWidget *m_verticals;
    QList<std::pair<BriefOptions::Section, QCheckBox *>> m_sections;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QCheckBox *m_pdfA;
    QLineEdit *m_author;
    QPushButton *m_preview;
    QPushButton *m_save;
};

} // namespace Gtm
