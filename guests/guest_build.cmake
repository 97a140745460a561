# Cross-building s390x guests with Debian's s390x-linux-gnu-gcc: the runtime library in each
# code-generation variant, and zsie_add_guest() to build one freestanding ELF.  Included by
# guests/, tests/guest/ and bench/: the variables are set in each directory, the runtime
# targets once (by the first).
include_guard(DIRECTORY)

set(ZSIE_GUEST_DIR ${CMAKE_SOURCE_DIR}/guests)
set(ZSIE_GUEST_RT_DIR ${ZSIE_GUEST_DIR}/runtime)

find_program(ZSIE_S390X_CC s390x-linux-gnu-gcc)
find_program(ZSIE_S390X_AR s390x-linux-gnu-ar)
if(NOT ZSIE_S390X_CC OR NOT ZSIE_S390X_AR)
  message(STATUS "zsie: s390x-linux-gnu-gcc not found: skipping the guests, the guest tests and "
                 "the benchmark (scripts/deps.sh installs gcc-s390x-linux-gnu)")
  set(ZSIE_GUESTS_AVAILABLE OFF)
  return()
endif()
set(ZSIE_GUESTS_AVAILABLE ON)

execute_process(COMMAND ${ZSIE_S390X_CC} -print-libgcc-file-name
  OUTPUT_VARIABLE ZSIE_S390X_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${ZSIE_S390X_CC} -print-file-name=include
  OUTPUT_VARIABLE ZSIE_S390X_GCC_INCLUDE OUTPUT_STRIP_TRAILING_WHITESPACE)

# Variants: the default (-O2, z196: what the cross compiler targets by default) and three more
# for the tests.  z13 without vectors: zsie has no vector facility.
set(ZSIE_GUEST_VARIANTS O2 O0 Os z13)
set(ZSIE_GUEST_FLAGS_O2 -O2 -march=z196)
set(ZSIE_GUEST_FLAGS_O0 -O0 -march=z196)
set(ZSIE_GUEST_FLAGS_Os -Os -march=z196)
set(ZSIE_GUEST_FLAGS_z13 -O2 -march=z13 -mno-vx)

# -ffp-contract=off: no fused multiply-add unless written, so results match the host bit for bit.
# -ffreestanding also means -fno-builtin; the runtime's <string.h> maps the memory and string
# functions back to gcc's builtins.  -nostdinc: only gcc's own headers and the runtime's.
set(ZSIE_GUEST_CFLAGS -std=gnu17 -ffreestanding -nostdinc -isystem ${ZSIE_S390X_GCC_INCLUDE}
  -I${ZSIE_GUEST_RT_DIR}/include -fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables
  -fno-unwind-tables -fno-math-errno -ffp-contract=off -fno-common -g -Wall -Wextra)
if(ZSIE_WERROR)
  list(APPEND ZSIE_GUEST_CFLAGS -Werror)
endif()
set(ZSIE_GUEST_LDFLAGS -nostdlib -static -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments
  -Wl,-z,max-page-size=4096 -T ${ZSIE_GUEST_RT_DIR}/guest.ld)

# Compile one source for the guest; appends the object to the list variable named by out_var.
# zsie_guest_compile(variant src obj_dir out_var [FLAGS flag...] [DEPENDS file...])
function(zsie_guest_compile variant src obj_dir out_var)
  cmake_parse_arguments(C "" "" "FLAGS;DEPENDS" ${ARGN})
  get_filename_component(base ${src} NAME)
  set(obj ${obj_dir}/${base}.o)
  file(MAKE_DIRECTORY ${obj_dir})
  add_custom_command(OUTPUT ${obj}
    COMMAND ${ZSIE_S390X_CC} ${ZSIE_GUEST_CFLAGS} ${ZSIE_GUEST_FLAGS_${variant}} ${C_FLAGS}
            -MD -MF ${obj}.d -c ${src} -o ${obj}
    DEPENDS ${src} ${C_DEPENDS}
    DEPFILE ${obj}.d
    COMMENT "s390x ${variant}: ${base}"
    VERBATIM)
  set(${out_var} ${${out_var}} ${obj} PARENT_SCOPE)
endfunction()

# The runtime: start.o (linked first, it holds the entry) and libzrt.a, per variant.
set(ZSIE_GUEST_RT_SOURCES sclp_console.c printf.c stdlib.c fault.c math.c)
foreach(variant ${ZSIE_GUEST_VARIANTS})
  if(TARGET zsie_guest_rt_${variant})
    continue()
  endif()
  set(dir ${CMAKE_BINARY_DIR}/guests/rt/${variant})
  set(objs "")
  zsie_guest_compile(${variant} ${ZSIE_GUEST_RT_DIR}/start.S ${dir} start_obj
    FLAGS -I${ZSIE_GUEST_RT_DIR})
  foreach(src ${ZSIE_GUEST_RT_SOURCES})
    zsie_guest_compile(${variant} ${ZSIE_GUEST_RT_DIR}/${src} ${dir} objs
      FLAGS -I${ZSIE_GUEST_RT_DIR})
  endforeach()
  # Its own loops must not become calls to itself.
  zsie_guest_compile(${variant} ${ZSIE_GUEST_RT_DIR}/string.c ${dir} objs
    FLAGS -I${ZSIE_GUEST_RT_DIR} -fno-tree-loop-distribute-patterns)
  add_custom_command(OUTPUT ${dir}/libzrt.a
    COMMAND ${CMAKE_COMMAND} -E rm -f ${dir}/libzrt.a
    COMMAND ${ZSIE_S390X_AR} rcs ${dir}/libzrt.a ${objs}
    DEPENDS ${objs}
    COMMENT "s390x ${variant}: libzrt.a"
    VERBATIM)
  add_custom_target(zsie_guest_rt_${variant} ALL DEPENDS ${dir}/libzrt.a ${start_obj})
endforeach()

# zsie_add_guest(TARGET name VARIANT v OUTPUT file.elf SOURCES src... [CFLAGS flag...]
#                [DEPENDS file-or-target...])
# Builds one guest ELF from its sources, the runtime and libgcc.
function(zsie_add_guest)
  cmake_parse_arguments(G "" "TARGET;VARIANT;OUTPUT" "SOURCES;CFLAGS;DEPENDS" ${ARGN})
  set(rt ${CMAKE_BINARY_DIR}/guests/rt/${G_VARIANT})
  set(obj_dir ${CMAKE_CURRENT_BINARY_DIR}/guestobj/${G_TARGET})
  set(objs "")
  foreach(src ${G_SOURCES})
    # DEPENDS: generated headers the sources include.
    zsie_guest_compile(${G_VARIANT} ${src} ${obj_dir} objs FLAGS ${G_CFLAGS} DEPENDS ${G_DEPENDS})
  endforeach()
  add_custom_command(OUTPUT ${G_OUTPUT}
    COMMAND ${ZSIE_S390X_CC} ${ZSIE_GUEST_LDFLAGS} ${rt}/start.S.o ${objs}
            -Wl,--start-group ${rt}/libzrt.a ${ZSIE_S390X_LIBGCC} -Wl,--end-group -o ${G_OUTPUT}
    DEPENDS ${objs} zsie_guest_rt_${G_VARIANT} ${rt}/libzrt.a ${rt}/start.S.o
            ${ZSIE_GUEST_RT_DIR}/guest.ld
    COMMENT "s390x ${G_VARIANT}: linking ${G_OUTPUT}"
    VERBATIM)
  add_custom_target(${G_TARGET} ALL DEPENDS ${G_OUTPUT})
endfunction()
