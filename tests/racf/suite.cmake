# Command-line tests of `zsie racf` against examples/racf/demo.racf and small databases the
# cases write (cases.sh): outputs and the exit statuses 0 allowed, 4 no decision, 8 denied,
# 2 usage or database error.
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  foreach(case
      allowed_by_group denied_by_uacc none_entry_denies warning_reason_4 not_protected class_not_active
      protectall_denies revoked restricted discrete_surrogat raclisted_class status_access explain
      rlist_generic rlist_dataset rlist_missing listuser listuser_missing bad_database missing_database
      usage_errors help)
    add_test(NAME racf/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie>
              ${CMAKE_SOURCE_DIR}/examples/racf/demo.racf ${CMAKE_CURRENT_BINARY_DIR}/racf-work ${case})
    set_tests_properties(racf/${case} PROPERTIES LABELS racf TIMEOUT 30)
  endforeach()
endif()
