# End-to-end re-IPL and watchdog runs of real images under `zsie machine` and `zsie run`
# (tests/ipl/cases.sh builds the flat images by hand).
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  foreach(case reipl_machine reipl_run reipl_run_2cpus reipl_running_cpu_machine reipl_running_cpu_run
          reipl_clear_machine reipl_clear_run watchdog_ipl_machine watchdog_ipl_run watchdog_restart_run diag_list)
    add_test(NAME ipl/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie>
              ${CMAKE_CURRENT_BINARY_DIR}/ipl-work ${case})
    set_tests_properties(ipl/${case} PROPERTIES LABELS ipl TIMEOUT 60)
  endforeach()
endif()
