# Precompiled headers: Qt's headers are about half of every translation unit's compile time
# (measured on tst_wizardapply.cpp: 7.2 s of 14.1 s is the front end), and the build runs
# twice in CI (normal and ASan). One header set per kind of target:
#   tkeci_core, tkeci_ui          their own, over their many sources.
# Not the test suites: a PCH shared between them (REUSE_FROM) is refused by gcc, because Qt Test
# defines QT_TESTCASE_BUILDDIR per folder, and one of their own per suite of one or two sources
# costs about what it saves.
# Only headers from Qt and the standard library: a header of ours in here would make every
# source rebuild when it changes. TKECI_PCH=OFF turns all of it off. Off by default with a
# compiler launcher (ccache): ccache cannot cache a source that uses a PCH without extra
# sloppiness settings, and for a developer's repeated builds the cache wins over the PCH.
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(tkeci_pch_default OFF)
else()
    set(tkeci_pch_default ON)
endif()
option(TKECI_PCH "Precompile Qt's and the standard library's headers" ${tkeci_pch_default})
if(TKECI_PCH)
    add_compile_options(-Winvalid-pch) # a PCH the compiler refuses is a warning (an error in CI)
endif()

set(TKECI_PCH_CORE
    <QByteArray> <QCoreApplication> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QObject> <QPointer> <QRegularExpression> <QString> <QStringList> <QTimer>
    <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(TKECI_PCH_WIDGETS <QtWidgets/QtWidgets>)

function(tkeci_pch_library target)
    if(NOT TKECI_PCH)
        return()
    endif()
    if(target STREQUAL "tkeci_ui")
        target_precompile_headers(${target} PRIVATE ${TKECI_PCH_CORE} ${TKECI_PCH_WIDGETS})
    else()
        target_precompile_headers(${target} PRIVATE ${TKECI_PCH_CORE})
    endif()
endfunction()

