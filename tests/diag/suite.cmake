# The DIAGNOSE regression corpus (tests/diag, see tests/diag/README.md): every case on
# `zsie machine`, on `zsie run`, and the cases Hercules serves on Debian's Hercules 3.13.
# Cases listed in tests/diag/pending.txt are expected failures.  The s390x cross binutils
# (and for diag/corpus/hercules, hercules) come from scripts/deps.sh.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(DIAG_CORPUS ${CMAKE_CURRENT_LIST_DIR}/run_corpus.py)
foreach(mode machine run hercules)
  add_test(NAME diag/corpus/${mode}
    COMMAND ${Python3_EXECUTABLE} ${DIAG_CORPUS} run --zsie $<TARGET_FILE:zsie> --mode ${mode}
            --work ${CMAKE_BINARY_DIR}/diag-work)
  set_tests_properties(diag/corpus/${mode} PROPERTIES LABELS diag TIMEOUT 300)
endforeach()
set_tests_properties(diag/corpus/hercules PROPERTIES LABELS "diag;hercules")
add_test(NAME diag/corpus/expect COMMAND ${Python3_EXECUTABLE} ${DIAG_CORPUS} check)
set_tests_properties(diag/corpus/expect PROPERTIES LABELS diag TIMEOUT 60)

# docs/diag-report.md: the table codes x cases, pass/fail per mode.
add_custom_target(diag-report
  COMMAND ${Python3_EXECUTABLE} ${DIAG_CORPUS} report --zsie $<TARGET_FILE:zsie>
          --work ${CMAKE_BINARY_DIR}/diag-work --out ${CMAKE_SOURCE_DIR}/docs/diag-report.md
  DEPENDS zsie
  COMMENT "Running the DIAGNOSE corpus for docs/diag-report.md"
  VERBATIM)
