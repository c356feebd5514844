#pragma once
// The contents of a tagger+parser model, shared by the runtime (parser.cc), the model
// file reader/writer (model_io.cc) and the trainer. Internal to src/syntax.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/status.h"
#include "syntax/weight_table.h"

namespace parley::syntax {

struct ModelData {
  WeightTable tagger;                    // classes: UPOS
  WeightTable parser;                    // classes: 1 + 2 * labels.size() (transition.h)
  std::vector<uint8_t> labels;           // parser label index -> DeprelId()
  std::vector<std::string> label_names;  // as stored in the file
  // Frequent unambiguous words: exact-form hash -> UPOS, sorted by hash.
  std::vector<std::pair<uint64_t, uint8_t>> tagdict;
  std::string info;  // how the model was trained (free text)

  // UPOS from the tag dictionary, or -1.
  int DictTag(uint64_t form_hash) const;
};

// Model file format, little-endian:
//   "PRLYSYN1" | u32 version | u32 reserved | u64 payload bytes | u64 FNV-1a-64 of payload
//   payload: info string, labels, tag dictionary, tagger table, parser table (model_io.cc).
inline constexpr uint32_t kModelFormatVersion = 2;  // 2: slot index from the fingerprint

std::string SerializeModel(const ModelData& m);
Status SaveModel(const ModelData& m, const std::string& path);
// Never crashes or allocates more than the input's size on bad bytes: every count is
// checked against the bytes that remain. Errors start with `name`.
Result<std::unique_ptr<ModelData>> DeserializeModel(std::string_view bytes, const std::string& name);

}  // namespace parley::syntax
