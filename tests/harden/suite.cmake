# Hardening cases (issue 10): one reproducer per finding of the review, under `zsie machine`
# and `zsie run` (tests/harden/cases.sh builds each image by hand from the PoP encodings).
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  set(harden_cases f1_odd_ipl f1_two_vms f9_exrl_stsi f3_console_escapes f8_stalled_stdout f5_ts_and_coverage f2_memory_bound f4_ipte_stale smaller_findings fair_share)
  foreach(case ${harden_cases})
    add_test(NAME harden/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie>
              ${CMAKE_CURRENT_BINARY_DIR}/harden-work ${case})
    set_tests_properties(harden/${case} PROPERTIES LABELS harden TIMEOUT 120)
  endforeach()
endif()
