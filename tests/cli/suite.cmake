# Command-line tests of `zsie machine` (tests/cli/cases.sh builds each image by hand).
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  foreach(case
      flat_wait_zero flat_wait_error flat_dump flat_ipl_psw_24bit flat_ipl_psw_invalid
      elf_start_psw elf_wait elf_truncated elf_truncated_segment elf_malformed elf_not_s390x
      elf_outside_storage image_too_large image_too_short missing_file no_image
      unknown_option missing_value bad_storage storage_suffixes bad_numbers append timeout
      cpus trace trace_interrupts sigp_restart servc_ascii help)
    add_test(NAME cli/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie>
              ${CMAKE_CURRENT_BINARY_DIR}/cli-work ${case})
    set_tests_properties(cli/${case} PROPERTIES LABELS cli TIMEOUT 60)
  endforeach()
endif()
