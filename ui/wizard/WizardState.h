#pragma once

#include "edit/ManifestEdits.h"
#include "editor/YamlHighlighting.h"
#include "wizard/PlanConfig.h"

#include <QString>

namespace tkeci {
class Translations;

/// What the pages share, owned by InstallerWizard and handed to each page by reference: the
/// answers, the manifests with the operator's edits, and where things were written. Pages
/// never reach each other through field names.
struct WizardState
{
    explicit WizardState(Translations &t)
        : translations(t)
    { }
    Translations &translations;
    PlanConfig config;
    ManifestEdits edits;
    YamlHighlighting highlighting; // one for every editor
    QString exportedTo; // folder or bundle written on the Export page, empty if none
    QString savedProfile; // where the answers were saved for next time
};

} // namespace tkeci
