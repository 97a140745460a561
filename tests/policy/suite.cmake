# The kernel proxy: the unit tests that load the example plug-ins (policy/plugins/) find them
# in the build tree; the shell cases drive `zsie admin` and `zsie run --policy/--control`.
foreach(t test_policy_proxy test_policy_sched)
  if(TARGET ${t})
    target_compile_definitions(${t} PRIVATE ZSIE_PLUGIN_DIR="${CMAKE_BINARY_DIR}/plugins"
                                            ZSIE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    foreach(pl allowlist typetest countlog)
      add_dependencies(${t} zsie_${pl})
    endforeach()
  endif()
endforeach()
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  foreach(case admin_file admin_bad call_ffi run_policy run_bad_policy run_control run_shares x010_memory)
    add_test(NAME policy/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie> ${CMAKE_SOURCE_DIR}
              ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/policy-work ${case})
    set_tests_properties(policy/${case} PROPERTIES LABELS policy TIMEOUT 90 SKIP_RETURN_CODE 77)
  endforeach()
endif()
