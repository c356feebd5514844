// Model loading and the greedy tag-then-parse runtime: see parser.h.
#include "syntax/parser.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

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

namespace {

// The bytes of a model file: mapped read-only when it is a regular file (no copy, no
// zero-filled buffer), read into memory otherwise. Either way DeserializeModel sees a
// string_view of exactly the file's size and checks every count against it.
class FileBytes {
 public:
  ~FileBytes() {
    if (map_ != nullptr) munmap(map_, size_);
  }
  Status Open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NotFound(path + ": cannot open model file");
    struct stat st;
    Status status = Status::Ok();
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      size_ = static_cast<std::size_t>(st.st_size);
      void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        ::close(fd);
        return status;
      }
    }
    char buf[1 << 16];
    for (;;) {
      const ssize_t got = ::read(fd, buf, sizeof(buf));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        status = Status::IoError(path + ": read error");
        break;
      }
      if (got == 0) break;
      copy_.append(buf, static_cast<std::size_t>(got));
    }
    ::close(fd);
    return status;
  }
  std::string_view view() const {
    return map_ != nullptr ? std::string_view(static_cast<const char*>(map_), size_) : std::string_view(copy_);
  }

 private:
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string copy_;
};

}  // namespace

Result<std::shared_ptr<const Model>> Model::Load(const std::string& path) {
  FileBytes bytes;
  if (Status st = bytes.Open(path); !st.ok()) return st;
  return FromBytes(bytes.view(), path);
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

namespace {
// Tags a proper name never has: closed classes and verbs.
bool NeverAName(int tag) {
  switch (static_cast<Upos>(tag)) {
    case Upos::kAdp:
    case Upos::kAdv:
    case Upos::kAux:
    case Upos::kCconj:
    case Upos::kDet:
    case Upos::kPart:
    case Upos::kPron:
    case Upos::kSconj:
    case Upos::kVerb:
    case Upos::kIntj:
      return true;
    default:
      return false;
  }
}
}  // namespace

void Parser::Tag(const std::vector<std::string_view>& forms, std::vector<Upos>* out, const std::vector<bool>* names,
                 const std::vector<bool>* adpositions) {
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
      const int nf = TaggerFeatures(s.atoms, s.dict_tags.data(), i, i > 0 ? s.tags[i - 1] : -1,
                                    i > 1 ? s.tags[i - 2] : -1, s.features);
      std::memset(scores, 0, sizeof(scores));
      m.tagger.Score(s.features, nf, scores);
      tag = 0;
      for (int c = 1; c < kNumUpos; ++c) {
        if (scores[c] > scores[tag]) tag = c;
      }
    }
    if (names && static_cast<std::size_t>(i) < names->size() && (*names)[i] && NeverAName(tag))
      tag = static_cast<int>(Upos::kPropn);
    if (adpositions && static_cast<std::size_t>(i) < adpositions->size() && (*adpositions)[i])
      tag = static_cast<int>(Upos::kAdp);
    s.tags[i] = static_cast<uint8_t>(tag);
    (*out)[i] = static_cast<Upos>(tag);
  }
}

void Parser::Parse(const std::vector<std::string_view>& forms, std::vector<Word>* out, const std::vector<bool>* names,
                   const std::vector<bool>* adpositions) {
  ParserScratch& s = *scratch_;
  Tag(forms, &s.upos, names, adpositions);
  const ModelData& m = model_->data();
  const int n = static_cast<int>(forms.size());
  const int num_classes = m.parser.num_classes();
  ParseState& st = s.state;
  st.Init(n);
  s.scores.resize(num_classes);
  while (!st.Terminal()) {
    if (st.stack.empty()) {  // SHIFT is the only legal move: nothing to score
      st.Apply(kShift);
      continue;
    }
    const int nf = ParserFeatures(s.atoms, s.tags.data(), st, s.features);
    std::fill(s.scores.begin(), s.scores.end(), 0);
    m.parser.Score(s.features, nf, s.scores.data());
    // The best legal class; among equal scores the lowest class. Two passes (the highest
    // legal score, then the first legal class that has it) instead of one loop whose
    // every step waits for the previous comparison.
    const bool shift = st.Valid(kShift), left = st.Valid(LeftClass(0)), right = st.Valid(RightClass(0));
    const int32_t* sc = s.scores.data();
    const int num_labels = (num_classes - 1) / 2;  // class 1 + 2k = LEFT(k), 2 + 2k = RIGHT(k)
    int32_t max_left = INT32_MIN, max_right = INT32_MIN;
    for (int k = 0; k < num_labels; ++k) {
      max_left = std::max(max_left, sc[1 + 2 * k]);
      max_right = std::max(max_right, sc[2 + 2 * k]);
    }
    int32_t top = INT32_MIN;
    if (shift) top = sc[kShift];
    if (left) top = std::max(top, max_left);
    if (right) top = std::max(top, max_right);
    int best = -1;
    if (shift && sc[kShift] == top) {
      best = kShift;
    } else {
      for (int c = 1; c < num_classes; ++c) {
        if (sc[c] == top && (IsLeft(c) ? left : right)) {
          best = c;
          break;
        }
      }
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
