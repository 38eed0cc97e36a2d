# CPack pre-build script: after CPack has installed (and stripped) the files into its staging
# folder, drop the .comment and .note sections of the executables the way Debian's dh_strip does
# (lintian: binary-has-unneeded-section). Run by CPACK_PRE_BUILD_SCRIPTS.
file(GLOB_RECURSE executables LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(executable IN LISTS executables)
    execute_process(
        COMMAND "${CPACK_TKECI_STRIP}" --remove-section=.comment --remove-section=.note "${executable}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${executable}: ${result}")
    endif()
    message(STATUS "Removed .comment and .note from ${executable}")
endforeach()
if(NOT executables)
    message(FATAL_ERROR "no executable found under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
