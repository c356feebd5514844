#include "parley/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "lexicon/actor_code.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/line_reader.h"
#include "lexicon/pattern_parser.h"
#include "text/tokenizer.h"

namespace parley {
namespace fs = std::filesystem;
using lexicon::DiagnosticSink;
using lexicon::Line;

std::string Diagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + (severity == Severity::kError ? "error: " : "warning: ") + message;
}

std::string DefaultDataDir() {
  const char* env = std::getenv("PARLEY_DATA");
  if (env && *env) return env;
  return PARLEY_DEFAULT_DATA_DIR;
}

Lexicon::Lexicon(std::unique_ptr<LexiconData> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;
LexiconStats Lexicon::Stats() const { return data_->stats; }

std::string Lexicon::CodeName(std::string_view code) const {
  const lexicon::CameoCode* c = data_->cameo.Find(code);
  return c ? c->name : std::string();
}

void LexiconData::AddWordClass(std::string_view word, uint64_t cls) {
  pending_classes_.emplace_back(vocab.Intern(word), cls);
}

void LexiconData::AddVerbClass(std::string_view lemma, uint64_t cls) {
  for (const auto& f : inflector.Forms(lemma)) AddWordClass(f.text, cls);
}

void LexiconData::Finish() {
  // Counts for `parley dict stats`, the same for every dictionary source.
  std::set<std::string> countries, covered;
  for (const auto& e : actors.entries())
    if (lexicon::HasCountry(e.code)) countries.insert(e.code.substr(0, 3));
  for (const auto& p : patterns) covered.insert(p.code);
  stats.countries = countries.size();
  stats.verb_patterns = patterns.size();
  stats.cameo_codes_covered = covered.size();
  stats.cameo_codes_total = cameo.size();
  // Mark verb forms so that the assembler can tell past participles and gerunds.
  std::vector<std::vector<PatternCandidate>> patterns_by_word(vocab.size());
  required_words.clear();
  for (uint32_t p = 0; p < patterns.size(); ++p) {
    const lexicon::Pattern& pat = patterns[p];
    const PatternCandidate c = IndexRequiredWords(p);
    const auto& anchor = pat.elements[static_cast<std::size_t>(pat.anchor)];
    for (uint32_t w : anchor.words) patterns_by_word[w].push_back(c);
    // Prefixes shorter than three bytes never match (a token needs three to be looked up).
    for (const std::string& pre : anchor.prefixes)
      if (pre.size() >= 3) {
        patterns_by_prefix_[PrefixKey(pre)].push_back(c);
        const uint32_t bit = PrefixKeyBit(PrefixKey(pre));
        prefix_key_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
  }
  word_class.assign(vocab.size(), 0);
  for (auto [w, c] : pending_classes_) word_class[w] |= c;
  for (const lexicon::Pattern& pat : patterns)
    for (const auto& el : pat.elements)
      if (el.kind == lexicon::PatternElement::Kind::kVerb)
        for (uint32_t w : el.words) {
          word_class[w] |= kVerbForm;
          const std::string& s = vocab.Word(w);
          if (s.size() > 3 && s.compare(s.size() - 3, 3, "ing") == 0)
            word_class[w] |= kGerundForm;
          else if ((s.size() > 2 && (s.compare(s.size() - 2, 2, "ed") == 0 || s.compare(s.size() - 2, 2, "en") == 0)))
            word_class[w] |= kPastForm;
        }
  IndexByWord(std::move(patterns_by_word));
}

void LexiconData::IndexByWord(std::vector<std::vector<PatternCandidate>> by_word) {
  word_candidates_at_.assign(1, 0);
  word_candidates_.clear();
  anchor_words_.assign(by_word.size() / 64 + 1, 0);
  for (uint32_t w = 0; w < by_word.size(); ++w) {
    std::vector<PatternCandidate>& list = by_word[w];
    std::stable_sort(list.begin(), list.end(), [](const PatternCandidate& a, const PatternCandidate& b) {
      return a.specificity > b.specificity;
    });
    if (!list.empty()) anchor_words_[w / 64] |= uint64_t{1} << (w % 64);
    word_candidates_.insert(word_candidates_.end(), list.begin(), list.end());
    word_candidates_at_.push_back(static_cast<uint32_t>(word_candidates_.size()));
  }
}

LexiconData::PatternCandidate LexiconData::IndexRequiredWords(uint32_t p) {
  using Kind = lexicon::PatternElement::Kind;
  const lexicon::Pattern& pat = patterns[p];
  PatternCandidate c{.pattern = p, .specificity = pat.specificity};
  c.required_begin = static_cast<uint32_t>(required_words.size());
  for (std::size_t k = 0; k < pat.elements.size(); ++k) {
    const lexicon::PatternElement& el = pat.elements[k];
    if (static_cast<int>(k) == pat.anchor || !el.prefixes.empty()) continue;
    if (el.kind != Kind::kWord && el.kind != Kind::kVerb) continue;
    if (el.words.size() == 1 && c.key_word == 0) c.key_word = el.words[0];
    required_words.push_back(static_cast<uint32_t>(el.words.size()));
    required_words.insert(required_words.end(), el.words.begin(), el.words.end());
  }
  c.required_end = static_cast<uint32_t>(required_words.size());
  return c;
}

namespace {

// CAMEO actor codes: "@PAIR", or a 3-character country/IGO part (capitals or '-')
// followed by up to four 3-letter agent parts.
bool IsActorCode(std::string_view code) {
  if (code == "@PAIR") return true;
  if (code.size() < 3 || code.size() > 15 || code.size() % 3 != 0) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    bool upper = c >= 'A' && c <= 'Z';
    if (!(upper || (i < 3 && c == '-'))) return false;
  }
  return true;
}

bool IsAgentCode(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string> ListFiles(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Parses "FROM..TO" into yyyymmdd bounds.
bool ParseRange(std::string_view s, int* from, int* to) {
  std::size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  *from = 0;
  *to = lexicon::kNoDateLimit;
  if (!a.empty() && (*from = lexicon::ParseDate(a)) < 0) return false;
  if (!b.empty() && (*to = lexicon::ParseDate(b)) < 0) return false;
  return *from <= *to;
}

bool AllCaps(std::string_view name) {
  bool letter = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::vector<uint32_t> InternPhrase(LexiconData* d, std::string_view name) {
  std::vector<uint32_t> ids;
  for (const std::string& t : text::TokenizePhrase(name)) ids.push_back(d->vocab.Intern(t));
  return ids;
}

// `people`: when given, collects the first name of every dated line (one person in
// one or more roles).
// data/grammar/discards.txt: story|sentence<TAB>phrase | phrase ... (sport and show
// business); two different story phrases discard a story.
void LoadDiscardFile(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  d->story_discard_min = 2;
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() != 2 || (line.fields[0] != "story" && line.fields[0] != "sentence")) {
      sink.Error(line.number, "expected story|sentence<TAB>phrase | phrase ...");
      return;
    }
    lexicon::PhraseEntry e;
    e.code = std::string(line.fields[0]);
    for (std::string_view phrase : lexicon::SplitAlternatives(line.fields[1])) {
      auto ids = InternPhrase(d, phrase);
      if (ids.empty()) {
        sink.Error(line.number, "phrase '" + std::string(phrase) + "' has no words");
        continue;
      }
      d->discards.Add(ids, e);
    }
  });
  // Without the list nothing is discarded.
  if (!st.ok()) sink.Warning(0, st.message());
}

void LoadActorFile(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags,
                   std::set<std::string>* people = nullptr) {
  DiagnosticSink sink(diags, path);
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() < 2 || line.fields.size() > 3) {
      sink.Error(line.number, "expected CODE<TAB>names[<TAB>FROM..TO]");
      return;
    }
    std::string code(line.fields[0]);
    if (!IsActorCode(code)) {
      sink.Error(line.number, "bad actor code '" + code + "'");
      return;
    }
    lexicon::PhraseEntry e;
    e.code = code;
    if (line.fields.size() == 3 && !line.fields[2].empty()) {
      if (!ParseRange(line.fields[2], &e.from, &e.to)) {
        sink.Error(line.number, "bad date range '" + std::string(line.fields[2]) + "' (want YYYY-MM-DD..YYYY-MM-DD)");
        return;
      }
      e.dated = true;
    }
    auto names = lexicon::SplitAlternatives(line.fields[1]);
    if (names.empty()) sink.Error(line.number, "no names");
    for (std::string_view name : names) {
      auto ids = InternPhrase(d, name);
      if (ids.empty()) {
        sink.Error(line.number, "name '" + std::string(name) + "' has no words");
        continue;
      }
      lexicon::PhraseEntry entry = e;
      entry.caps_only = AllCaps(name) && name.size() <= 6;
      d->actors.Add(ids, entry);
      ++d->stats.actor_names;
    }
    if (code == "@PAIR") return;
    ++d->stats.actors;
    if (e.dated) {
      ++d->stats.dated_roles;
      if (people && !names.empty()) people->insert(std::string(names.front()));
    }
    if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0) ++d->stats.organisations;
  });
  if (!st.ok()) sink.Error(0, st.message());
}

void LoadAgentFile(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() != 2) {
      sink.Error(line.number, "expected AGENT<TAB>nouns");
      return;
    }
    std::string code(line.fields[0]);
    if (!IsAgentCode(code)) {
      sink.Error(line.number, "bad agent code '" + code + "' (three capitals)");
      return;
    }
    for (std::string_view noun : lexicon::SplitAlternatives(line.fields[1])) {
      auto ids = InternPhrase(d, noun);
      if (ids.empty()) continue;
      lexicon::PhraseEntry e;
      e.code = code;
      d->agents.Add(ids, e);
      ++d->stats.agents;
    }
  });
  if (!st.ok()) sink.Error(0, st.message());
}

void LoadVerbFile(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  uint32_t file_index = static_cast<uint32_t>(d->files.size());
  d->files.push_back(path);
  std::set<std::string> seen;
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() < 2 || line.fields.size() > 3) {
      sink.Error(line.number, "expected CODE<TAB>PATTERN[<TAB>FLAGS]");
      return;
    }
    std::string code(line.fields[0]);
    if (!d->cameo.Contains(code)) {
      sink.Error(line.number, "unknown CAMEO code '" + code + "'");
      return;
    }
    lexicon::Pattern p;
    p.code = code;
    p.file = file_index;
    p.line = line.number;
    std::string err = lexicon::ParsePattern(line.fields[1], &d->vocab, d->inflector, &p);
    if (err.empty() && line.fields.size() == 3) err = lexicon::ParsePatternFlags(line.fields[2], &p);
    if (!err.empty()) {
      sink.Error(line.number, err + " in '" + std::string(line.fields[1]) + "'");
      return;
    }
    std::string key = std::string(line.fields[1]) + "\t" + code;
    if (!seen.insert(key).second) sink.Warning(line.number, "duplicate pattern");
    d->patterns.push_back(std::move(p));
  });
  if (!st.ok()) sink.Error(0, st.message());
}

}  // namespace

void LoadVerbForms(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() != 2) {
      sink.Error(line.number, "expected lemma<TAB>forms");
      return;
    }
    for (std::string_view f : lexicon::SplitAlternatives(line.fields[1])) d->inflector.AddIrregular(line.fields[0], f);
  });
  if (!st.ok()) sink.Warning(0, st.message() + " (irregular verbs fall back to regular rules)");
}

void LoadCameoTable(const std::string& dir, LexiconData* d, std::vector<Diagnostic>* diags) {
  bool found = false;
  d->cameo.Load(dir + "/cameo/codes.tsv", diags, &found);
  d->stats.cameo_codes_total = d->cameo.size();
}

void LoadGrammar(const std::string& dir, LexiconData* d, std::vector<Diagnostic>* diags) {
  static const std::unordered_map<std::string, uint64_t> kClasses = {
      {"det", kDeterminer},
      {"be", kBe},
      {"locative", kLocative},
      {"conj", kConjunction},
      {"of", kOf},
      {"by", kBy},
      {"with", kWith},
      {"intended", kIntended},
      {"hypothetical", kHypothetical},
      {"hypothetical-after", kHypothetical | kHypotheticalAfter},
      {"negated", kNegated},
      {"boundary", kClauseBoundary},
      {"attack-noun", kAttackNoun},
      {"place-part", kPlacePart},
      {"noun-after", kNounAfter},
      {"preposition", kPreposition},
      {"no-modifier", kNoModifier},
      {"agent-phrase-end", kAgentPhraseEnd},
      {"purpose-word", kPurposeWord},
      {"goal-noun", kGoalNoun},
      {"plan-det", kPlanDeterminer},
      {"ask-verb", kAskVerb},
      {"willing", kWilling},
      {"negation-affirms", kNegationAffirms},
      {"consult-noun", kConsultNoun},
      {"negotiation-noun", kNegotiationNoun},
      {"adposition", kAdposition},
      {"statement-noun", kStatementNoun},
      {"subject-word", kSubjectWord},
      {"outlet", kOutlet},
      {"media-noun", kMediaNoun},
      {"media-filler", kMediaFiller},
      {"media-before", kMediaBefore},
      {"media-after", kMediaAfter},
      {"venue-stop", kVenueStop},
      {"meeting-word", kMeetingWord},
      {"discuss-word", kDiscussWord},
      {"about-prep", kAboutPrep},
      {"topic-frame", kTopicFrame},
      {"person-noun", kPersonNoun},
      {"measure-word", kMeasureWord},
      {"relative-adverb", kRelativeAdverb},
      {"time-clause-opener", kTimeClauseOpener},
      {"headline-word", kHeadlineWord},
      {"target-case", kTargetCase},
      {"institution-word", kInstitutionWord},
      {"title-word", kTitleWord},
      {"name-particle", kNameParticle},
      {"company-suffix", kCompanySuffix}};
  static const std::unordered_map<std::string, uint64_t> kVerbClasses = {{"intent-verb", kIntentVerb},
                                                                         {"speech-verb", kSpeech},
                                                                         {"tentative-verb", kTentativeVerb},
                                                                         {"undergo-verb", kUndergoVerb},
                                                                         {"denial-verb", kDenialVerb}};
  std::string path = dir + "/grammar/words.txt";
  DiagnosticSink sink(diags, path);
  Status st = lexicon::ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() != 2) {
      sink.Error(line.number, "expected word<TAB>class");
      return;
    }
    std::string cls(line.fields[1]);
    if (auto it = kClasses.find(cls); it != kClasses.end()) {
      d->AddWordClass(line.fields[0], it->second);
    } else if (auto vt = kVerbClasses.find(cls); vt != kVerbClasses.end()) {
      d->AddVerbClass(line.fields[0], vt->second);
    } else if (cls.rfind("number=", 0) == 0) {
      d->AddWordClass(line.fields[0], kNumberWord);
      d->number_words[d->vocab.Intern(line.fields[0])] = std::atof(cls.c_str() + 7);
    } else {
      sink.Error(line.number, "unknown class '" + cls + "'");
    }
  });
  if (!st.ok()) sink.Error(0, st.message());
  LoadActorFile(dir + "/grammar/references.txt", d, diags);
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir, std::vector<Diagnostic>* diags) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no such dictionary folder");
  auto d = std::make_unique<LexiconData>();
  std::size_t errors_before = 0;
  if (diags) errors_before = diags->size();
  LoadCameoTable(dir, d.get(), diags);
  if (d->cameo.size() == 0) return Status::NotFound(dir + "/cameo/codes.tsv: missing or empty");
  // parley's verb files code intended acts by this table; PETRARCH's dictionaries write
  // intentions into their own verb patterns, so LoadPetrarch does not read it.
  d->cameo.LoadIntents(dir + "/cameo/intent.tsv", diags);
  d->cameo.LoadRefusals(dir + "/cameo/refusal.tsv", diags);
  LoadVerbForms(dir + "/generated/verb_forms.tsv", d.get(), diags);
  LoadGrammar(dir, d.get(), diags);
  // Sport and show business (PETRARCH's dictionaries bring their own discards).
  LoadDiscardFile(dir + "/grammar/discards.txt", d.get(), diags);
  for (const auto& f : ListFiles(dir + "/generated", ".txt")) LoadActorFile(f, d.get(), diags);
  std::set<std::string> people;
  for (const auto& f : ListFiles(dir + "/actors", ".txt"))
    LoadActorFile(f, d.get(), diags, fs::path(f).filename().string().rfind("people", 0) == 0 ? &people : nullptr);
  d->stats.people = people.size();
  LoadAgentFile(dir + "/agents.txt", d.get(), diags);
  for (const auto& f : ListFiles(dir + "/verbs", ".txt")) LoadVerbFile(f, d.get(), diags);
  (void)errors_before;
  if (d->patterns.empty()) return Status::NotFound(dir + "/verbs: no event patterns");
  d->Finish();
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(d)));
}

}  // namespace parley
