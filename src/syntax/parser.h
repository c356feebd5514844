#pragma once
// In-process part-of-speech tagger and labelled dependency parser (Universal
// Dependencies v2, trained on UD English EWT). A greedy averaged-perceptron tagger
// feeds a greedy arc-hybrid transition parser; both score hashed sparse features.
//
//   auto model = parley::syntax::Model::Load(parley::syntax::DefaultModelPath());
//   if (!model.ok()) { /* model.status().message() names the file */ }
//   parley::syntax::Parser parser(model.value());     // one per thread
//   std::vector<parley::syntax::Word> words;
//   parser.Parse({"Iran", "accused", "Israel", "."}, &words);
//   // words[1].head == -1 (root); words[0].deprel == parley::syntax::kNsubj ...
//
// A Model is immutable after loading and may be shared by any number of threads.
// A Parser holds per-thread scratch buffers: cheap to construct, not thread-safe.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley::syntax {

// Universal part-of-speech tags, in UD's alphabetical order.
enum class Upos : uint8_t {
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX
};
inline constexpr int kNumUpos = 17;
const char* UposName(Upos u);
// "NOUN" -> Upos::kNoun; false when the name is not a UPOS tag.
bool UposFromName(std::string_view name, Upos* out);

// Dependency relations of UD v2 as used in EWT ("nsubj", "nsubj:pass", "obl:agent",
// "acl:relcl", ...). Ids are fixed (they do not depend on the model) and below 64.
uint8_t DeprelId(std::string_view name);  // 0 = unknown
std::string_view DeprelName(uint8_t id);  // "" for 0 or out of range
// The universal part of a relation: "nsubj:pass" -> the id of "nsubj".
uint8_t UniversalDeprel(uint8_t id);

// Fast path for callers: the ids of the relations the event assembler asks about.
// (Checked against DeprelId() in parser_test.cc.)
inline constexpr uint8_t kRoot = 1, kNsubj = 2, kNsubjPass = 3, kObj = 4, kIobj = 5, kObl = 6, kOblAgent = 7, kNmod = 8,
                         kAppos = 9, kConj = 10, kCc = 11, kAclRelcl = 12, kAcl = 13, kCcomp = 14, kXcomp = 15,
                         kAdvcl = 16, kAux = 17, kAuxPass = 18, kCop = 19, kMark = 20, kCase = 21, kDet = 22,
                         kAmod = 23, kCompound = 24, kFlat = 25, kNmodPoss = 26, kAdvmod = 27, kPunct = 28,
                         kNummod = 29;
inline constexpr int kNumDeprels = 64;  // ids are < kNumDeprels

// One parsed word.
struct Word {
  Upos upos;
  int32_t head;    // 0-based index of the head word in the sentence; -1 = root
  uint8_t deprel;  // DeprelId(); kRoot for the root word
};

struct ModelData;  // internal

// The trained tagger and parser weights. Load once; immutable; thread-safe to share.
class Model {
 public:
  // Reads a model file. Errors (missing, truncated, corrupt, wrong version) name the file.
  static Result<std::shared_ptr<const Model>> Load(const std::string& path);
  // Same from bytes in memory; `name` is used in error messages.
  static Result<std::shared_ptr<const Model>> FromBytes(std::string_view bytes, const std::string& name);
  explicit Model(std::unique_ptr<ModelData> data);
  ~Model();
  const ModelData& data() const { return *data_; }

 private:
  std::unique_ptr<ModelData> data_;
};

// <data dir>/models/en_ewt.model, where the data dir is $PARLEY_DATA or the compiled-in
// default (the same rule as the dictionaries).
std::string DefaultModelPath();

struct ParserScratch;  // internal

// Tags and parses sentences with one Model. One per thread; not thread-safe; cheap to
// construct (scratch buffers grow to the longest sentence seen and are reused).
class Parser {
 public:
  explicit Parser(std::shared_ptr<const Model> model);
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  // Tags and parses one sentence given its word forms (original case, as in the text).
  // out->size() == forms.size(); an empty sentence gives an empty result.
  // `names` (optional, one flag per word) marks words known to be part of a proper
  // name (a dictionary actor): where the tagger gives such a word a closed-class or
  // verb tag ("Thatcher" as DET at the start of "Thatcher praised Gorbachev"), it is
  // tagged PROPN instead, before the later tags and the tree are decided.
  // `adpositions` (optional) marks words that are always adpositions ("amid", "despite":
  // data/grammar/words.txt), rare in the training text: they are tagged ADP.
  void Parse(const std::vector<std::string_view>& forms, std::vector<Word>* out,
             const std::vector<bool>* names = nullptr, const std::vector<bool>* adpositions = nullptr);
  // Tags only (used by training and by callers that need no tree).
  void Tag(const std::vector<std::string_view>& forms, std::vector<Upos>* out,
           const std::vector<bool>* names = nullptr, const std::vector<bool>* adpositions = nullptr);

 private:
  std::shared_ptr<const Model> model_;
  std::unique_ptr<ParserScratch> scratch_;
};

}  // namespace parley::syntax
