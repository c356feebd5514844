// libFuzzer target: the CoNLL-U reader. Accepted input must satisfy the reader's
// promises (heads in range, one root) and parse with the shipped model when present.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "syntax/conllu.h"
#include "syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const parley::syntax::Model> model = [] {
    auto r = parley::syntax::Model::Load(PARLEY_SOURCE_DIR "/data/models/en_ewt.model");
    return r.ok() ? r.value() : nullptr;
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = parley::syntax::ParseConllu(text, "fuzz.conllu");
  if (!r.ok()) return 0;
  std::vector<parley::syntax::Word> words;
  for (const auto& s : r.value()) {
    int roots = 0;
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      if (s.heads[i] >= static_cast<int>(s.forms.size()) || s.heads[i] < -1) std::abort();
      roots += s.heads[i] == -1;
    }
    if (roots != 1) std::abort();
    if (model) {
      parley::syntax::Parser p(model);
      p.Parse({s.forms.begin(), s.forms.end()}, &words);
      if (words.size() != s.forms.size()) std::abort();
    }
  }
  return 0;
}
