# Precompiled headers: Qt's headers are about half of every translation unit's compile time
# (measured on tst_wizardapply.cpp: 7.2 s of 14.1 s is the front end), and the build runs
# twice in CI (normal and ASan). One header set per kind of target:
#   tkeci_core, tkeci_ui          their own, over their many sources
#   the Qt Test suites            one shared PCH for the core suites, one for the widget suites
#                                 (QT_WIDGETS_LIB changes what <QTest> pulls in), built once by
#                                 a small object library and reused (REUSE_FROM) by every suite.
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
set(TKECI_PCH_TEST <QTest> <QSignalSpy> <QTemporaryDir> <QElapsedTimer> <QProcess> <QFile>
    <QDir>)

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

# The providers of the suites' shared PCHs: compiled with the same options as a suite
# (tkeci_add_test's link libraries, which bring the include paths and Qt's definitions).
function(tkeci_pch_test_providers)
    if(NOT TKECI_PCH)
        return()
    endif()
    set(stub "${CMAKE_CURRENT_BINARY_DIR}/tkeci_pch_stub.cpp")
    file(CONFIGURE OUTPUT "${stub}" CONTENT "// the precompiled header's own translation unit\n")
    add_library(tkeci_pch_test OBJECT "${stub}")
    target_link_libraries(tkeci_pch_test PRIVATE tkeci_core Qt6::Test)
    target_precompile_headers(tkeci_pch_test PRIVATE ${TKECI_PCH_CORE} ${TKECI_PCH_TEST})
    add_library(tkeci_pch_uitest OBJECT "${stub}")
    target_link_libraries(tkeci_pch_uitest PRIVATE tkeci_core Qt6::Test Qt6::Widgets)
    target_precompile_headers(tkeci_pch_uitest PRIVATE ${TKECI_PCH_CORE} ${TKECI_PCH_TEST}
                              ${TKECI_PCH_WIDGETS})
endfunction()

# kind: test or uitest
function(tkeci_pch_reuse target kind)
    if(TKECI_PCH)
        set_target_properties(${target} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM tkeci_pch_${kind})
    endif()
endfunction()
