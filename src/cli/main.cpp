// The program's entry: runs the command line and maps every outcome to an
// exit status: 0 done, 1 the repository has errors, 2 the command could
// not run (usage errors included, see parser.cpp).
#include <iostream>

#include "parser.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

int main(int argc, char** argv) {
  using tatakerja::util::escape_control;
  try {
    return tatakerja::cli::run(argc, argv);
  } catch (const tatakerja::util::Failure& e) {
    std::cout.flush();
    std::cerr << "tatakerja: error: " << escape_control(e.what()) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "tatakerja: internal error: " << escape_control(e.what()) << "\n"
              << "This is a bug in tatakerja: please report it.\n";
    return 2;
  }
}
