// The command line: parser.cpp is the one file that includes CLI11 (it
// costs seconds of compile time for each file that does). It builds the
// program from the command table (commands.hpp), parses, reports a usage
// error (exit 2) or runs the chosen command.
#pragma once

namespace tatakerja::cli {

// Parses argv and runs the command; returns the exit status. The
// commands' own failures (util::Failure) are left to the caller.
int run(int argc, char** argv);

}  // namespace tatakerja::cli
