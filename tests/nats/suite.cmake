# The distributed engine: each case starts its own nats-server -js on a free loopback port in
# its work folder (tests/nats/lib.sh); cases that need a guest skip (77) without one.
find_program(ZSIE_BASH bash)
if(ZSIE_BASH)
  foreach(case link)
    add_test(NAME nats/${case}
      COMMAND ${ZSIE_BASH} ${CMAKE_CURRENT_LIST_DIR}/cases.sh $<TARGET_FILE:zsie> ${CMAKE_SOURCE_DIR}
              ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/nats-work ${case})
    set_tests_properties(nats/${case} PROPERTIES LABELS nats TIMEOUT 120 SKIP_RETURN_CODE 77)
  endforeach()
endif()
