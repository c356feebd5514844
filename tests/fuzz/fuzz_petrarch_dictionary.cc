// libFuzzer target: the PETRARCH/TABARI dictionary reader. The input is split at the
// first two form feeds into an actors, an agents and a verbs file (PETRARCH-1 format);
// a coder is then built from whatever loaded.
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
    fs::path d = fs::temp_directory_path() / ("parley_fuzz_petr_" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  std::size_t a = bytes.find('\f'), b = a == std::string::npos ? a : bytes.find('\f', a + 1);
  parts[0] = bytes.substr(0, a);
  if (a != std::string::npos) parts[1] = bytes.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
  if (b != std::string::npos) parts[2] = bytes.substr(b + 1);
  std::ofstream(dir / "Fuzz.actors.txt", std::ios::binary) << parts[0];
  std::ofstream(dir / "Fuzz.agents.txt", std::ios::binary) << parts[1];
  std::ofstream(dir / "Fuzz.verbs.txt", std::ios::binary) << parts[2];
  std::vector<parley::Diagnostic> diags;
  auto lex = parley::Lexicon::LoadPetrarch((dir / "Fuzz.").string(), PARLEY_SOURCE_DIR "/data", &diags);
  if (lex.ok()) {
    parley::Coder coder(lex.value());
    parley::Story story;
    story.text = "Arnor attacked Gondor. The Gondor government praised Arnor on Monday.";
    story.body_end = story.text.size();
    parley::CodeStats stats;
    (void)coder.Code(story, &stats);
  }
  return 0;
}
