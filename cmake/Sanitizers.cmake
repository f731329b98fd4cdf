# Sanitizers and fuzzing (CONTRIBUTING.md, "Sanitizers and fuzzing").
#
# TATAKERJA_SANITIZE: a list of sanitizers (e.g. "address;undefined") that
#   every target is compiled and linked with. Any report aborts the process
#   (-fno-sanitize-recover=all), so it fails the test that ran into it.
# TATAKERJA_FUZZ: build the libFuzzer targets of tests/fuzz (clang only).
#   Everything is then compiled with -fsanitize=fuzzer-no-link (coverage for
#   the fuzzer, no libFuzzer main), and the fuzz targets link -fsanitize=fuzzer.
# Both are off by default, and then nothing here changes the build.

if(TATAKERJA_SANITIZE)
  list(JOIN TATAKERJA_SANITIZE "," tatakerja_sanitizers)
  add_compile_options(-fsanitize=${tatakerja_sanitizers} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${tatakerja_sanitizers})
  message(STATUS "tatakerja: sanitizers ${tatakerja_sanitizers}")
endif()

if(TATAKERJA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TATAKERJA_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++ (Debian: clang, libclang-rt-14-dev)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  message(STATUS "tatakerja: libFuzzer targets on")
endif()
