# libFuzzer targets (clang only, -DZSIE_FUZZ=ON): every tests/fuzz/fuzz_NAME.c defines
# LLVMFuzzerTestOneInput and is linked with zsie_core (built with fuzzer-no-link, ASan, UBSan by
# the top-level CMakeLists.txt).  Each is also a short CTest test, fuzz/NAME, run over its seed
# corpus tests/fuzz/corpus/NAME/; new inputs go to a scratch corpus in the build tree so the
# source tree stays as it is, crashes to fuzz-artifacts/.  Long runs: see docs/security.md.
if(ZSIE_FUZZ)
  set(ZSIE_FUZZ_RUNS 20000 CACHE STRING "libFuzzer -runs for each fuzz/ test")
  set(ZSIE_FUZZ_SECONDS 20 CACHE STRING "libFuzzer -max_total_time for each fuzz/ test")
  file(GLOB FUZZ_TARGETS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.c)
  add_custom_target(fuzzers)
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/fuzz-artifacts)
  foreach(src ${FUZZ_TARGETS})
    get_filename_component(name ${src} NAME_WE)
    string(REGEX REPLACE "^fuzz_" "" short ${name})
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE zsie_core)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    add_dependencies(fuzzers ${name})
    set(scratch ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${short})
    file(MAKE_DIRECTORY ${scratch})
    add_test(NAME fuzz/${short}
      COMMAND ${name} -runs=${ZSIE_FUZZ_RUNS} -max_total_time=${ZSIE_FUZZ_SECONDS} -timeout=10
              -rss_limit_mb=2048 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/fuzz-artifacts/${short}-
              ${scratch} ${CMAKE_CURRENT_LIST_DIR}/corpus/${short})
    set_tests_properties(fuzz/${short} PROPERTIES LABELS fuzz TIMEOUT 120)
  endforeach()
endif()
