# SMF: a crash test of the durable data set and command-line tests of `zsie smf`.
add_executable(smf_helper ${CMAKE_CURRENT_LIST_DIR}/smf_helper.c)
target_link_libraries(smf_helper PRIVATE zsie_core)
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  add_test(NAME smf/crash
    COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/crash.sh $<TARGET_FILE:zsie> $<TARGET_FILE:smf_helper>
            ${CMAKE_CURRENT_BINARY_DIR}/smf-work/crash)
  set_tests_properties(smf/crash PROPERTIES LABELS smf TIMEOUT 120)
  foreach(case
      print_all print_hand_type80 filter_type filter_user filter_since export_json export_filters
      bad_garbage bad_torn bad_decode empty_file missing_file usage_errors)
    add_test(NAME smf/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie> $<TARGET_FILE:smf_helper>
              ${CMAKE_CURRENT_BINARY_DIR}/smf-work ${case})
    set_tests_properties(smf/${case} PROPERTIES LABELS smf TIMEOUT 60)
  endforeach()
endif()
