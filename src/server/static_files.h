#pragma once
// The dashboard's own files and nothing else (issue 20, D12): found once at start, the
// regular files at the top of the web folder with a plain name (letters, digits, '-',
// '_' and '.', never a leading dot) and a known type, plus the chart library's files
// under /vendor/. A request path is looked up as a whole string in that list, so NUL
// bytes, encoded dots, dotfiles and sub-folders never reach the file system.
// Immutable after construction; safe to share between threads.
#include <map>
#include <string>

#include "parley/status.h"

namespace parley::server {

class StaticFiles {
 public:
  struct File {
    std::string path;          // on disk
    std::string content_type;  // with charset for text
  };
  // An empty `web_dir` serves nothing.
  explicit StaticFiles(const std::string& web_dir);
  // The file for a decoded request path ("/" is index.html), or nullptr.
  const File* Find(const std::string& request_path) const;

 private:
  std::map<std::string, File> files_;
};

// NotFound naming the first missing file the dashboard page loads from /vendor/.
Status CheckVendorFiles(const std::string& web_dir);

}  // namespace parley::server
