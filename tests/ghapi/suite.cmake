# GHAPI end to end: the demonstration guest under `zsie run` with SAF and SMF, its error
# paths, the same image where GHAPI is not served, and the crash test (SIGKILL during a storm
# of log requests from four virtual CPUs; every acknowledged record must be in the data set).
include(${CMAKE_SOURCE_DIR}/guests/guest_build.cmake)
find_program(ZSIE_BASH bash)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(ZSIE_GUESTS_AVAILABLE AND ZSIE_BASH)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/ghapi-work) # the guest below is linked into it
  zsie_add_guest(TARGET guest_ghapi_reload VARIANT O2 OUTPUT ${CMAKE_BINARY_DIR}/ghapi-work/reload_guest.elf
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/reload_guest.c ${CMAKE_SOURCE_DIR}/ghapi/guest/ghapi.c
    CFLAGS -I${CMAKE_SOURCE_DIR}/ghapi/guest)
  foreach(case demo no_smf no_racf not_enabled bare_machine default_vm bad_racf bad_smf freestanding reload rejected)
    add_test(NAME ghapi/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie>
              ${CMAKE_BINARY_DIR}/guests/ghapi_demo.elf ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/ghapi-work ${case})
    set_tests_properties(ghapi/${case} PROPERTIES LABELS ghapi TIMEOUT 90)
  endforeach()
  set(storm ${CMAKE_BINARY_DIR}/ghapi-work/storm)
  add_custom_command(OUTPUT ${storm}.bin
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/ghapi-work
    COMMAND s390x-linux-gnu-as -march=zEC12 -mzarch -o ${storm}.o ${CMAKE_CURRENT_LIST_DIR}/storm.s
    COMMAND s390x-linux-gnu-ld -e 0 -Ttext=0 -o ${storm}.elf ${storm}.o
    COMMAND s390x-linux-gnu-objcopy -O binary ${storm}.elf ${storm}.bin
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/storm.s
    COMMENT "s390x: assembling the GHAPI storm")
  add_custom_target(ghapi_storm ALL DEPENDS ${storm}.bin)
  add_test(NAME ghapi/crash
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/crash.py $<TARGET_FILE:zsie> ${storm}.bin
            ${CMAKE_BINARY_DIR}/ghapi-work/crash)
  set_tests_properties(ghapi/crash PROPERTIES LABELS ghapi TIMEOUT 120)
endif()
