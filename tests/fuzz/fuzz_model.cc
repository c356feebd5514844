// libFuzzer target: the model file reader. Any bytes must give a model or an error,
// never a crash or a huge allocation; a model that loads must parse without faults.
// The checksum would reject almost every mutation, so the fuzzer's bytes are the
// payload and the header (with a correct checksum) is written here.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "syntax/parser.h"

namespace {

uint64_t Fnv1a64(const std::string& s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  // Seeds are whole model files: fuzz their payload.
  std::string payload = raw.size() >= 32 && raw.compare(0, 7, "PRLYSYN") == 0 ? raw.substr(32) : raw;
  std::string bytes = "PRLYSYN1";
  uint32_t version = 2, reserved = 0;
  uint64_t len = payload.size(), sum = Fnv1a64(payload);
  bytes.append(reinterpret_cast<const char*>(&version), 4);
  bytes.append(reinterpret_cast<const char*>(&reserved), 4);
  bytes.append(reinterpret_cast<const char*>(&len), 8);
  bytes.append(reinterpret_cast<const char*>(&sum), 8);
  bytes += payload;
  for (const std::string& input : {raw, bytes}) {
    auto m = parley::syntax::Model::FromBytes(input, "fuzz.model");
    if (!m.ok()) continue;
    parley::syntax::Parser p(m.value());
    std::vector<parley::syntax::Word> words;
    p.Parse({"The", "army", "attacked", "the", "village", "."}, &words);
    if (words.size() != 6) __builtin_trap();
  }
  return 0;
}
