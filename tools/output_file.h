#pragma once
// Where `parley code` writes its events: stdout; a device, FIFO or terminal, written
// in place (renaming over it would replace it with a plain file); or a regular file,
// written to a temporary file beside it that is flushed, checked, fsynced and renamed
// into place only when every write succeeded. A failed run removes the temporary
// file, so a truncated file never takes the place of a complete one.
#include <fstream>
#include <ostream>
#include <string>

#include "parley/status.h"

namespace parley::cli {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();  // removes the temporary file unless Commit() renamed it
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // `path` "" or "-" is stdout. Fails when the file cannot be created.
  Status Open(const std::string& path);
  std::ostream* stream() { return out_; }
  // The destination as messages name it: the path, or "stdout".
  const std::string& name() const { return name_; }

  // Finishes after the last write: flushes and checks the stream; a temporary file is
  // closed, fsynced and renamed to the path (to PATH.partial when `interrupted`).
  // *final_name gets the name written. On failure the temporary file is removed.
  Status Commit(bool interrupted, std::string* final_name);
  // Gives up after a failed write: removes the temporary file, if any.
  void Abandon();

 private:
  std::ofstream file_;
  std::ostream* out_ = nullptr;
  std::string name_ = "stdout";
  std::string tmp_;  // the temporary file; empty when writing in place
};

}  // namespace parley::cli
