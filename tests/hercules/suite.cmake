# Differential tests against Debian's Hercules 3.13: one CTest test per corpus group (the part
# of a program's name before the first '_'), each running its programs on a live Hercules and on
# zsie.  Hercules or the s390x cross binutils missing makes the tests fail: scripts/deps.sh.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
file(GLOB HERC_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/corpus/*_*.s)
set(HERC_GROUPS "")
foreach(src ${HERC_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  string(REGEX REPLACE "_.*" "" grp ${name})
  list(APPEND HERC_GROUPS ${grp})
endforeach()
list(REMOVE_DUPLICATES HERC_GROUPS)
foreach(grp ${HERC_GROUPS})
  add_test(NAME hercules/${grp}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/difftest.py run
            --zsie $<TARGET_FILE:zsie> --group ${grp} --work ${CMAKE_BINARY_DIR}/hercules-work)
  set_tests_properties(hercules/${grp} PROPERTIES LABELS hercules TIMEOUT 600)
endforeach()
