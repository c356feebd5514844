// Model loading and the greedy tag-then-parse runtime: see parser.h.
#include "syntax/parser.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "syntax/features.h"
#include "syntax/model_data.h"
#include "syntax/transition.h"

namespace parley::syntax {

struct ParserScratch {
  std::vector<WordAtoms> atoms;
  std::vector<uint8_t> tags;
  std::vector<int8_t> dict_tags;
  std::vector<Upos> upos;
  ParseState state;
  uint64_t features[kMaxParserFeatures];
  std::vector<int32_t> scores;
};

Model::Model(std::unique_ptr<ModelData> data) : data_(std::move(data)) {}
Model::~Model() = default;

Result<std::shared_ptr<const Model>> Model::FromBytes(std::string_view bytes, const std::string& name) {
  auto data = DeserializeModel(bytes, name);
  if (!data.ok()) return data.status();
  return std::shared_ptr<const Model>(std::make_shared<Model>(std::move(data).value()));
}

Result<std::shared_ptr<const Model>> Model::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(path + ": cannot read model file");
  in.seekg(0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (!in) return Status::IoError(path + ": read error");
  return FromBytes(bytes, path);
}

std::string DefaultModelPath() {
  const char* env = std::getenv("PARLEY_DATA");
  std::string dir = env && *env ? env : PARLEY_DEFAULT_DATA_DIR;
  return dir + "/models/en_ewt.model";
}

Parser::Parser(std::shared_ptr<const Model> model)
    : model_(std::move(model)), scratch_(std::make_unique<ParserScratch>()) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

void Parser::Tag(const std::vector<std::string_view>& forms, std::vector<Upos>* out) {
  const ModelData& m = model_->data();
  ParserScratch& s = *scratch_;
  ComputeAtoms(forms, &s.atoms);
  const int n = static_cast<int>(forms.size());
  s.tags.resize(n);
  s.dict_tags.resize(n);
  for (int i = 0; i < n; ++i) s.dict_tags[i] = static_cast<int8_t>(m.tagdict.empty() ? -1 : m.DictTag(s.atoms[i].form));
  out->resize(n);
  int32_t scores[kNumUpos];
  for (int i = 0; i < n; ++i) {
    int tag = s.dict_tags[i];
    if (tag < 0) {
      const int nf = TaggerFeatures(s.atoms, s.dict_tags.data(), i, i > 0 ? s.tags[i - 1] : -1, i > 1 ? s.tags[i - 2] : -1,
                                    s.features);
      std::memset(scores, 0, sizeof(scores));
      m.tagger.Score(s.features, nf, scores);
      tag = 0;
      for (int c = 1; c < kNumUpos; ++c) {
        if (scores[c] > scores[tag]) tag = c;
      }
    }
    s.tags[i] = static_cast<uint8_t>(tag);
    (*out)[i] = static_cast<Upos>(tag);
  }
}

void Parser::Parse(const std::vector<std::string_view>& forms, std::vector<Word>* out) {
  ParserScratch& s = *scratch_;
  Tag(forms, &s.upos);
  const ModelData& m = model_->data();
  const int n = static_cast<int>(forms.size());
  const int num_classes = m.parser.num_classes();
  ParseState& st = s.state;
  st.Init(n);
  s.scores.resize(num_classes);
  while (!st.Terminal()) {
    const int nf = ParserFeatures(s.atoms, s.tags.data(), st, s.features);
    std::fill(s.scores.begin(), s.scores.end(), 0);
    m.parser.Score(s.features, nf, s.scores.data());
    int best = -1;
    const bool shift = st.Valid(kShift), left = st.Valid(LeftClass(0)), right = st.Valid(RightClass(0));
    for (int c = 0; c < num_classes; ++c) {
      const bool ok = c == kShift ? shift : IsLeft(c) ? left : right;
      if (ok && (best < 0 || s.scores[c] > s.scores[best])) best = c;
    }
    st.Apply(best);
  }
  out->resize(n);
  for (int i = 0; i < n; ++i) {
    Word& w = (*out)[i];
    w.upos = s.upos[i];
    const bool root = st.head[i] == n || st.head[i] < 0;
    w.head = root ? -1 : st.head[i];
    w.deprel = root ? kRoot : m.labels[st.label[i]];
  }
}

}  // namespace parley::syntax
