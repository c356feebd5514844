#pragma once
// The input paths of a run resolved to what the story readers open: directories are
// walked (sorted, recursively; links to directories are not followed, so a link loop
// cannot recur), and what cannot be read is reported with the reason the system gives.
#include <string>
#include <system_error>
#include <vector>

#include "parley/reader.h"

namespace parley::input {

// `path` is read as one input (a file, a FIFO, a device, or "-" for stdin).
struct InputPath {
  std::string path;
};

// The inputs `paths` name, in order; every problem goes to `on_problem` and is
// counted in `stats->problems`.
std::vector<InputPath> ResolveInputs(const std::vector<std::string>& paths, const ProblemCallback& on_problem,
                                     ReadStats* stats);

// Why `path` cannot be opened, in words, for the error `ec` (a link loop, no such
// file, permission denied...).
std::string PathProblem(const std::string& path, const std::error_code& ec);

}  // namespace parley::input
