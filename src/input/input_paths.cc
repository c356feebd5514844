#include "input/input_paths.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace parley::input {
namespace fs = std::filesystem;
namespace {

const char* KindName(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a regular file";
  }
}

struct Walk {
  const ProblemCallback& on_problem;
  ReadStats* stats;
  std::vector<std::string> files;

  void Problem(const std::string& message) {
    ++stats->problems;
    on_problem({message.substr(0, message.find(": ")), message});
  }

  // An entry that is a link: its target decides; links to directories are skipped.
  void Link(const fs::path& p) {
    std::error_code ec;
    fs::file_status s = fs::status(p, ec);
    if (ec) return Problem(PathProblem(p.string(), ec));
    if (fs::is_directory(s)) return;  // not followed: no loops, no tree read twice
    Entry(p, s);
  }

  void Entry(const fs::path& p, fs::file_status s) {
    if (fs::is_regular_file(s)) {
      files.push_back(p.string());
    } else {
      // A FIFO in a folder would block the run until something writes to it.
      Problem(p.string() + ": " + KindName(s.type()) + ", not read inside a directory (name it to read it)");
    }
  }

  void Directory(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return Problem(dir.string() + ": cannot read directory: " + ec.message());
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) return Problem(dir.string() + ": cannot read directory: " + ec.message());
      std::error_code sec;
      fs::file_status s = it->symlink_status(sec);
      if (sec) {
        Problem(PathProblem(it->path().string(), sec));
      } else if (fs::is_symlink(s)) {
        Link(it->path());
      } else if (fs::is_directory(s)) {
        Directory(it->path());
      } else {
        Entry(it->path(), s);
      }
    }
  }
};

}  // namespace

std::string PathProblem(const std::string& path, const std::error_code& ec) {
  if (ec.value() == ELOOP) return path + ": too many levels of symbolic links (a link loop?), skipped";
  if (ec.value() == ENOENT) {
    std::error_code lec;
    if (fs::is_symlink(fs::symlink_status(path, lec))) return path + ": cannot read file (broken link)";
    return path + ": no such file or directory";
  }
  return path + ": cannot read: " + ec.message();
}

std::vector<InputPath> ResolveInputs(const std::vector<std::string>& paths, const ProblemCallback& on_problem,
                                     ReadStats* stats) {
  std::vector<InputPath> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({p});
      continue;
    }
    Walk walk{on_problem, stats, {}};
    std::error_code ec;
    fs::file_status s = fs::status(p, ec);
    if (ec) {
      walk.Problem(PathProblem(p, ec));
    } else if (fs::is_directory(s)) {
      walk.Directory(p);
      std::sort(walk.files.begin(), walk.files.end());
      for (std::string& f : walk.files) out.push_back({std::move(f)});
    } else {
      out.push_back({p});  // a named FIFO or device is read like stdin
    }
  }
  return out;
}

}  // namespace parley::input
