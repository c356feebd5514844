// libFuzzer target: ReadStories over a file of arbitrary bytes (issue 20, D6): the
// chunked reader, the byte limit (taken from the first byte: 1..256 bytes, so that
// lines and stories cross it and the 64 KiB chunk edges), format detection, JSONL
// lines and text stories. Checks that no story handed out is over the limit.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parley/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const int fd = ::memfd_create("fuzz_read_stories", 0);
  if (fd < 0) std::abort();
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, data + 1, size - 1, 0) != static_cast<ssize_t>(size - 1)) std::abort();
  parley::ReadOptions options;
  options.max_story_bytes = 1 + data[0];
  const parley::InputFormat formats[] = {parley::InputFormat::kAuto, parley::InputFormat::kText,
                                         parley::InputFormat::kJsonl};
  parley::ReadStats stats;
  std::size_t read = 0;
  parley::Status st = parley::ReadStories(
      {"/proc/self/fd/" + std::to_string(fd)}, formats[data[0] % 3], options,
      [&](parley::Story&& s) {
        if (s.text.size() > options.max_story_bytes) std::abort();  // the limit was not kept
        ++read;
        return true;
      },
      [](const parley::ReadProblem&) {}, &stats);
  if (!st.ok() || read != stats.stories || stats.bytes > size) std::abort();
  return 0;
}
