# What `cmake --install` puts where, and the Debian package (`cpack -G DEB`
# in the build folder): the program, its man pages (gzipped, as Debian
# policy wants) and the bash, zsh and fish completions, generated at build
# time by running the program just built, so they always match it.

# Man pages: man/NAME.SECTION -> share/man/manSECTION/NAME.SECTION.gz.
# gzip -n stores no name and no time, so the same page gives the same bytes.
find_program(TATAKERJA_GZIP gzip)
file(GLOB tatakerja_man_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.[1-9])
set(tatakerja_man_outputs)
foreach(page IN LISTS tatakerja_man_pages)
  get_filename_component(name ${page} NAME)
  string(REGEX REPLACE "^.*\\.([1-9])$" "\\1" section ${name})
  if(TATAKERJA_GZIP)
    set(out ${PROJECT_BINARY_DIR}/man/${name}.gz)
    add_custom_command(OUTPUT ${out}
                       COMMAND ${CMAKE_COMMAND} -E copy ${page} ${PROJECT_BINARY_DIR}/man/${name}
                       COMMAND ${TATAKERJA_GZIP} -9nf ${PROJECT_BINARY_DIR}/man/${name}
                       DEPENDS ${page}
                       COMMENT "Compressing man page ${name}"
                       VERBATIM)
    list(APPEND tatakerja_man_outputs ${out})
    install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
  else()
    install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
  endif()
endforeach()

# Shell completions, from `tatakerja completion SHELL`.
set(tatakerja_completions ${PROJECT_BINARY_DIR}/completions)
add_custom_command(OUTPUT ${tatakerja_completions}/tatakerja
                          ${tatakerja_completions}/_tatakerja
                          ${tatakerja_completions}/tatakerja.fish
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${tatakerja_completions}
                   COMMAND ${CMAKE_COMMAND} -DTATAKERJA=$<TARGET_FILE:tatakerja>
                           -DOUT=${tatakerja_completions}
                           -P ${PROJECT_SOURCE_DIR}/cmake/write_completions.cmake
                   DEPENDS tatakerja ${PROJECT_SOURCE_DIR}/cmake/write_completions.cmake
                   COMMENT "Writing the shell completions"
                   VERBATIM)
add_custom_target(tatakerja_data ALL
                  DEPENDS ${tatakerja_man_outputs}
                          ${tatakerja_completions}/tatakerja
                          ${tatakerja_completions}/_tatakerja
                          ${tatakerja_completions}/tatakerja.fish)
install(FILES ${tatakerja_completions}/tatakerja
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${tatakerja_completions}/_tatakerja
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${tatakerja_completions}/tatakerja.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The Debian package. Depends is worked out by dpkg-shlibdeps (dpkg-dev)
# from the libraries the program links: libyaml-cpp, libfmt, libxxhash,
# libxlsxwriter, libzip, libexpat, libstdc++, libc.
set(TATAKERJA_MAINTAINER "tatakerja maintainers <maintainers@tatakerja.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tatakerja)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${TATAKERJA_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "duty descriptions, workload analysis and SOPs as plain text")
set(CPACK_PACKAGE_DESCRIPTION
    "tatakerja keeps the work system of an Indonesian government office - its units, positions and their duties (uraian tugas), employees and SOPs (Standar Operasional Prosedur) - as YAML files under version control. It checks them (validate), computes the workload analysis (Analisis Beban Kerja), and renders the handbook and the SOP flowcharts as HTML, Markdown, JSON, SVG or PDF.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TATAKERJA_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium, graphviz")
include(CPack)
