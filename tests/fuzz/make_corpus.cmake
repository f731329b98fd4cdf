# Writes the seed corpus of fuzz_loader: every YAML file of the CLI test
# fixtures and of examples/, with the first byte fuzz_loader.cpp expects
# ("\n": a document; "#": tatakerja.yaml, then `#%%` and a document of the
# same repository). Files are named by the SHA-1 of their bytes, so the
# many fixtures that are alike give one seed.
#   cmake -DSOURCE_DIR=... -DOUT=... -P make_corpus.cmake
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE yaml_files ${SOURCE_DIR}/tests/cli/cases/*.yaml ${SOURCE_DIR}/tests/cli/fixtures/*.yaml
     ${SOURCE_DIR}/examples/*.yaml)
list(SORT yaml_files)
file(MAKE_DIRECTORY ${OUT})

function(write_seed content)
  string(SHA1 name "${content}")
  if(NOT EXISTS ${OUT}/${name})
    file(WRITE ${OUT}/${name} "${content}")
  endif()
endfunction()

set(count 0)
foreach(path IN LISTS yaml_files)
  if(NOT EXISTS ${path} OR IS_DIRECTORY ${path})  # a fixture's dangling symlink
    continue()
  endif()
  file(READ ${path} text)
  get_filename_component(name ${path} NAME)
  get_filename_component(folder ${path} DIRECTORY)
  if(name STREQUAL "tatakerja.yaml")
    write_seed("#${text}")
    file(GLOB_RECURSE documents ${folder}/*.yaml)
    list(REMOVE_ITEM documents ${path})
    list(FILTER documents EXCLUDE REGEX "/tatakerja.yaml$")
    list(SORT documents)
    foreach(first IN LISTS documents)
      if(EXISTS ${first} AND NOT IS_DIRECTORY ${first})
        file(READ ${first} document)
        write_seed("#${text}\n#%%\n${document}")
        break()
      endif()
    endforeach()
  else()
    write_seed("\n${text}")
  endif()
  math(EXPR count "${count} + 1")
endforeach()
file(GLOB seeds ${OUT}/*)
list(LENGTH seeds seed_count)
message(STATUS "fuzz_loader seeds: ${seed_count} from ${count} YAML files")
