# Guest C tests: each tests/guest/programs/*.c is built for s390x in every variant (-O2, -O0,
# -Os, z13 without vectors) and run on `zsie machine`, and built natively for the host, which
# is the oracle: the two console outputs must be equal byte for byte.
include(${CMAKE_SOURCE_DIR}/guests/guest_build.cmake)
if(ZSIE_GUESTS_AVAILABLE)
  file(GLOB ZSIE_GUEST_TEST_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/programs/*.c)
  set(gt_out ${CMAKE_BINARY_DIR}/tests/guest)
  foreach(src ${ZSIE_GUEST_TEST_PROGRAMS})
    get_filename_component(name ${src} NAME_WE)
    add_executable(guesthost_${name} ${src})
    target_compile_options(guesthost_${name} PRIVATE -ffp-contract=off)
    target_link_libraries(guesthost_${name} PRIVATE m)
    set_target_properties(guesthost_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${gt_out})
    foreach(variant ${ZSIE_GUEST_VARIANTS})
      zsie_add_guest(TARGET guesttest_${name}-${variant} VARIANT ${variant}
        OUTPUT ${gt_out}/${name}-${variant}.elf SOURCES ${src}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/programs/tcommon.h)
      add_test(NAME guest/${name}/${variant}
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_guest.sh --zsie $<TARGET_FILE:zsie>
                --host $<TARGET_FILE:guesthost_${name}> --out ${gt_out}/out/${name}-${variant}
                -- ${gt_out}/${name}-${variant}.elf)
      set_tests_properties(guest/${name}/${variant} PROPERTIES LABELS guest TIMEOUT 120)
    endforeach()
    # The same output through the SCLP's line-mode path (EBCDIC 037 both ways).
    add_test(NAME guest/${name}/O2-linemode
      COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_guest.sh --zsie $<TARGET_FILE:zsie>
              --append zrt.linemode --host $<TARGET_FILE:guesthost_${name}>
              --out ${gt_out}/out/${name}-O2-linemode -- ${gt_out}/${name}-O2.elf)
    set_tests_properties(guest/${name}/O2-linemode PROPERTIES LABELS guest TIMEOUT 120)
  endforeach()
endif()
