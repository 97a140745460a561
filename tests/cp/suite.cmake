# The control program (`zsie run`): every sample guest and guest test program gives the same
# console output as under `zsie machine`; command-line and multi-VM cases (cases.sh).
include(${CMAKE_SOURCE_DIR}/guests/guest_build.cmake)
set(cp_out ${CMAKE_BINARY_DIR}/tests/cp)
if(ZSIE_GUESTS_AVAILABLE)
  set(cp_images)
  foreach(sample hello fault workload)
    foreach(variant ${ZSIE_GUEST_VARIANTS})
      if(variant STREQUAL "O2")
        list(APPEND cp_images "${sample}|${CMAKE_BINARY_DIR}/guests/${sample}.elf")
      else()
        list(APPEND cp_images "${sample}-${variant}|${CMAKE_BINARY_DIR}/guests/${sample}-${variant}.elf")
      endif()
    endforeach()
  endforeach()
  file(GLOB cp_programs CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/guest/programs/*.c)
  foreach(src ${cp_programs})
    get_filename_component(name ${src} NAME_WE)
    foreach(variant ${ZSIE_GUEST_VARIANTS})
      list(APPEND cp_images "${name}-${variant}|${CMAKE_BINARY_DIR}/tests/guest/${name}-${variant}.elf")
    endforeach()
  endforeach()
  foreach(entry ${cp_images})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 image)
    add_test(NAME cp/same/${name}
      COMMAND ${CMAKE_CURRENT_LIST_DIR}/same_output.sh $<TARGET_FILE:zsie> ${cp_out}/same/${name} ${image})
    set_tests_properties(cp/same/${name} PROPERTIES LABELS cp TIMEOUT 220)
  endforeach()
  # the line-mode console path, and two virtual CPUs
  add_test(NAME cp/same/hello-linemode
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/same_output.sh $<TARGET_FILE:zsie> ${cp_out}/same/hello-linemode
            ${CMAKE_BINARY_DIR}/guests/hello.elf --append zrt.linemode)
  add_test(NAME cp/same/workload-2cpus
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/same_output.sh $<TARGET_FILE:zsie> ${cp_out}/same/workload-2cpus
            ${CMAKE_BINARY_DIR}/guests/workload.elf --cpus 2)
  set_tests_properties(cp/same/hello-linemode cp/same/workload-2cpus PROPERTIES LABELS cp TIMEOUT 220)
endif()

find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  set(cp_cases unknown_user bad_directory missing_image no_image user_without_directory bad_options help
      sigp_two_cpus ckc_enabled_wait all_too_many dump dump_outside)
  if(ZSIE_GUESTS_AVAILABLE)
    list(APPEND cp_cases two_vms_writer_and_hello two_vms_spinner_and_hello stats_format directory_ipl
         default_user)
  endif()
  foreach(case ${cp_cases})
    add_test(NAME cp/cli/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie> ${cp_out}/cli
              ${CMAKE_BINARY_DIR}/guests/hello.elf ${case})
    set_tests_properties(cp/cli/${case} PROPERTIES LABELS cp TIMEOUT 120)
  endforeach()
endif()
