#pragma once

#include <QString>

namespace tkeci {

/// yaml-cpp's parser reports errors as fixed English sentences (YAML::ErrorMsg). This gives
/// the one matched in the current language, worded for someone editing a manifest; a message
/// with a variable tail ("unknown escape character: q") keeps the tail. A message this table
/// does not know (a newer yaml-cpp) is returned as it came.
QString yamlParserMessageText(const QString &parserMessage);

} // namespace tkeci
