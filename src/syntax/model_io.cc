// Model file reader and writer: see model_data.h for the format.
#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>

#include "syntax/model_data.h"
#include "syntax/parser.h"

namespace parley::syntax {
namespace {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");
constexpr char kMagic[8] = {'P', 'R', 'L', 'Y', 'S', 'Y', 'N', '1'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8;

uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

struct Writer {
  std::string out;
  template <typename T>
  void Put(T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void Str(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    out.append(s);
  }
  template <typename T>
  void Vec(const std::vector<T>& v) {
    Put(static_cast<uint64_t>(v.size()));
    out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void Table(const WeightTable& t) {
    Put(static_cast<uint32_t>(t.num_classes()));
    Vec(t.slots());
    Vec(t.rows());
  }
};

struct Cursor {
  std::string_view data;
  std::size_t pos = 0;
  bool failed = false;
  template <typename T>
  T Get() {
    T v{};
    if (data.size() - pos < sizeof(T)) {
      failed = true;
      return v;
    }
    std::memcpy(&v, data.data() + pos, sizeof(T));
    pos += sizeof(T);
    return v;
  }
  std::string Str() {
    uint32_t n = Get<uint32_t>();
    if (failed || data.size() - pos < n) {
      failed = true;
      return {};
    }
    std::string s(data.substr(pos, n));
    pos += n;
    return s;
  }
  template <typename T>
  void Vec(std::vector<T>* v) {
    uint64_t n = Get<uint64_t>();
    if (failed || n > (data.size() - pos) / sizeof(T)) {
      failed = true;
      return;
    }
    v->resize(n);
    if (n) std::memcpy(v->data(), data.data() + pos, n * sizeof(T));  // data() may be null when empty
    pos += n * sizeof(T);
  }
  bool Table(WeightTable* t) {
    t->set_num_classes(static_cast<int>(Get<uint32_t>()));
    Vec(&t->slots());
    Vec(&t->rows());
    return !failed;
  }
};

Status Corrupt(const std::string& name, const std::string& what) {
  return Status::InvalidInput(name + ": corrupt model file: " + what);
}

}  // namespace

int ModelData::DictTag(uint64_t form_hash) const {
  auto it = std::lower_bound(tagdict.begin(), tagdict.end(), std::make_pair(form_hash, uint8_t{0}));
  return it != tagdict.end() && it->first == form_hash ? it->second : -1;
}

std::string SerializeModel(const ModelData& m) {
  Writer p;
  p.Str(m.info);
  p.Put(static_cast<uint32_t>(m.label_names.size()));
  for (const std::string& l : m.label_names) p.Str(l);
  std::vector<uint64_t> dict_hashes;
  std::vector<uint8_t> dict_tags;
  for (const auto& [hash, tag] : m.tagdict) {
    dict_hashes.push_back(hash);
    dict_tags.push_back(tag);
  }
  p.Vec(dict_hashes);
  p.Vec(dict_tags);
  p.Table(m.tagger);
  p.Table(m.parser);
  Writer h;
  h.out.append(kMagic, sizeof(kMagic));
  h.Put(kModelFormatVersion);
  h.Put(uint32_t{0});
  h.Put(static_cast<uint64_t>(p.out.size()));
  h.Put(Fnv1a64(p.out));
  return h.out + p.out;
}

Status SaveModel(const ModelData& m, const std::string& path) {
  std::string bytes = SerializeModel(m);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot create");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Result<std::unique_ptr<ModelData>> DeserializeModel(std::string_view bytes, const std::string& name) {
  if (bytes.size() < kHeaderBytes) return Corrupt(name, "shorter than the header (truncated?)");
  if (std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::InvalidInput(name + ": not a parley syntax model (bad magic)");
  }
  Cursor h{bytes.substr(0, kHeaderBytes), sizeof(kMagic)};
  const uint32_t version = h.Get<uint32_t>();
  (void)h.Get<uint32_t>();
  const uint64_t size = h.Get<uint64_t>();
  const uint64_t checksum = h.Get<uint64_t>();
  if (version != kModelFormatVersion) {
    return Status::InvalidInput(name + ": model format version " + std::to_string(version) +
                                " (this build reads version " + std::to_string(kModelFormatVersion) + ")");
  }
  std::string_view payload = bytes.substr(kHeaderBytes);
  if (size != payload.size()) {
    return Corrupt(name, "payload is " + std::to_string(payload.size()) + " bytes, header says " +
                             std::to_string(size) + " (truncated?)");
  }
  if (Fnv1a64(payload) != checksum) return Corrupt(name, "checksum mismatch");
  auto m = std::make_unique<ModelData>();
  Cursor c{payload};
  m->info = c.Str();
  const uint32_t nlabels = c.Get<uint32_t>();
  if (c.failed || nlabels == 0 || nlabels > 127) return Corrupt(name, "bad label count");
  for (uint32_t i = 0; i < nlabels && !c.failed; ++i) {
    m->label_names.push_back(c.Str());
    m->labels.push_back(DeprelId(m->label_names.back()));
  }
  std::vector<uint64_t> dict_hashes;
  std::vector<uint8_t> dict_tags;
  c.Vec(&dict_hashes);
  c.Vec(&dict_tags);
  if (c.failed) return Corrupt(name, "truncated labels or tag dictionary");
  if (dict_hashes.size() != dict_tags.size()) return Corrupt(name, "tag dictionary sizes differ");
  for (std::size_t i = 0; i < dict_hashes.size(); ++i) m->tagdict.emplace_back(dict_hashes[i], dict_tags[i]);
  for (const auto& [hash, tag] : m->tagdict) {
    if (tag >= kNumUpos) return Corrupt(name, "tag dictionary entry out of range");
  }
  if (!std::is_sorted(m->tagdict.begin(), m->tagdict.end())) return Corrupt(name, "tag dictionary not sorted");
  if (!c.Table(&m->tagger) || !c.Table(&m->parser)) return Corrupt(name, "truncated weight tables");
  if (c.pos != payload.size()) return Corrupt(name, "trailing bytes after the weight tables");
  if (const char* e = m->tagger.Validate(); *e) return Corrupt(name, std::string("tagger: ") + e);
  if (const char* e = m->parser.Validate(); *e) return Corrupt(name, std::string("parser: ") + e);
  if (m->tagger.num_classes() != kNumUpos) return Corrupt(name, "tagger class count is not 17");
  if (m->parser.num_classes() != 1 + 2 * static_cast<int>(nlabels)) {
    return Corrupt(name, "parser class count does not match the labels");
  }
  m->tagger.Prepare();
  m->parser.Prepare();
  return m;
}

}  // namespace parley::syntax
