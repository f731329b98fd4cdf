# Writes the three shell completion scripts by running the built program:
#   cmake -DTATAKERJA=path/to/tatakerja -DOUT=folder -P write_completions.cmake
# (A script rather than shell redirections, so that the build does not
# depend on how the generator quotes `>`.)
foreach(shell_file IN ITEMS "bash=tatakerja" "zsh=_tatakerja" "fish=tatakerja.fish")
  string(REPLACE "=" ";" pair "${shell_file}")
  list(GET pair 0 shell)
  list(GET pair 1 file)
  execute_process(COMMAND "${TATAKERJA}" completion ${shell}
                  OUTPUT_FILE "${OUT}/${file}.tmp"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "`tatakerja completion ${shell}` failed: ${status}")
  endif()
  file(RENAME "${OUT}/${file}.tmp" "${OUT}/${file}")
endforeach()
