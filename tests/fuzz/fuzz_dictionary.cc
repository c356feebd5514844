// libFuzzer target: parley's dictionary reader. The input becomes one actors file,
// one agents file and one verbs file of an otherwise valid dictionary folder.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fs = std::filesystem;
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("parley_fuzz_dict_" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::copy(PARLEY_SOURCE_DIR "/data", d, fs::copy_options::recursive);
    return d;
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // Keep the shipped files small for speed: only the fuzzed ones plus the tables.
  for (const char* sub : {"actors", "verbs"}) {
    fs::remove_all(dir / sub);
    fs::create_directories(dir / sub);
  }
  std::ofstream(dir / "actors" / "fuzz.txt", std::ios::binary) << bytes;
  std::ofstream(dir / "agents.txt", std::ios::binary) << bytes;
  std::ofstream(dir / "verbs" / "fuzz.txt", std::ios::binary) << "042\t{visit}\n" << bytes;
  std::vector<parley::Diagnostic> diags;
  auto lex = parley::Lexicon::Load(dir.string(), &diags);
  if (lex.ok()) {
    parley::Coder coder(lex.value());
    parley::Story story;
    story.text = bytes;
    story.body_end = bytes.size();
    parley::CodeStats stats;
    (void)coder.Code(story, &stats);
  }
  return 0;
}
