#pragma once
// LexiconData: the compiled dictionaries behind parley::Lexicon. Built by a loader
// (parley's own format or PETRARCH's), then frozen with Finish() and shared read-only.
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "lexicon/cameo_table.h"
#include "lexicon/inflect.h"
#include "lexicon/pattern.h"
#include "lexicon/vocabulary.h"
#include "parley/lexicon.h"

namespace parley {

// Closed-class roles a word can have; a word may have several. Bits 0-31 say how a
// word works in the clause; bits 32 and up are word lists that single rules read (a
// medium's head noun, a purpose word ...). ClassOf() is 64 bits wide: keep it in a
// uint64_t when testing a list class.
enum WordClass : uint64_t {
  kDeterminer = 1u << 0,          // the, a, its, their, other ...
  kBe = 1u << 1,                  // is, was, were, been ...
  kLocative = 1u << 2,            // in, at, near ... (an actor after it is a place)
  kConjunction = 1u << 3,         // and, as well as
  kOf = 1u << 4,                  // of (agent of actor)
  kBy = 1u << 5,                  // by (passive agent)
  kWith = 1u << 6,                // with (reciprocal partner)
  kIntentVerb = 1u << 7,          // agree, pledge, promise ... before "to"
  kSpeech = 1u << 8,              // say, tell, announce ... (clause boundary, not an event)
  kIntended = 1u << 9,            // will, shall ...
  kHypothetical = 1u << 10,       // could, might, if ...
  kHypotheticalAfter = 1u << 11,  // seems, likely ... also after the event word
  kNegated = 1u << 12,            // not, n't, never ...
  kClauseBoundary = 1u << 13,     // ; : " ( ) and relative pronouns that open a clause
  kPastForm = 1u << 14,           // a past / participle form of a pattern verb
  kGerundForm = 1u << 15,         // -ing form of a pattern verb
  kNumberWord = 1u << 16,         // two, dozens, thousands ...
  kVerbForm = 1u << 17,           // any form of a verb that some pattern uses
  kAttackNoun = 1u << 18,         // strike, shelling, raid ...: "killed in a Russian air strike"
  kPlacePart = 1u << 19,          // east, outskirts, province ...: "in the east of the Gaza Strip"
  kNegationAffirms = 1u << 20,    // hesitate: "will not hesitate to strike" commits, never negates (modality)
  kConsultNoun = 1u << 21,        // meeting, summit ...: "the meeting" can mean the story's last one (040)
  kNegotiationNoun = 1u << 22,    // talks, negotiations: "the talks" can mean the story's last ones (046)
  kAdposition = 1u << 23,         // amid, despite ...: always an adposition (a parser hint)
  kDenialVerb = 1u << 24,         // deny: what its that-clause says did not happen (modality)
  kStatementNoun = 1u << 25,      // announcement, statement ...: "the Reagan announcement said" (speaker)
  // Word lists that single rules read; data/grammar/words.txt says what each holds.
  // Clause filters, position roles, the pattern and actor matchers:
  kNounAfter = 1ull << 32,       // in, amid, on ...: a verb word after one is a noun
  kPreposition = 1ull << 33,     // to, in, of ...: opens another phrase
  kNoModifier = 1ull << 34,      // that, over, about: with kPreposition, no plain modifier
  kAgentPhraseEnd = 1ull << 35,  // of, near, ahead ...: ends an agent noun's phrase
  // Modality (events/modality.cc):
  kPurposeWord = 1ull << 36,     // aim, effort, has ... before "to": a purpose, not a fact
  kGoalNoun = 1ull << 37,        // goal, option ... before "is to": a goal, not a commitment
  kPlanDeterminer = 1ull << 38,  // a, its ... before "plan(s) to": a purpose
  kAskVerb = 1ull << 39,         // urged, called ...: "urged Turkey to halt" is Turkey's act
  kWilling = 1ull << 40,         // willing, ready ...: "be willing to"
  kSubjectWord = 1ull << 41,     // he, they, that ...: a subject ends the search for kAskVerb
  kTentativeVerb = 1ull << 42,   // prepare, expect, aim, seek, hope: an intention that only prepares
  // Non-actors (discourse/non_actors.cc):
  kOutlet = 1ull << 43,       // bbc, xinhua, twitter ...: a news outlet or platform by name
  kMediaNoun = 1ull << 44,    // television, radio, agency ...: the head noun of a medium
  kMediaFiller = 1ull << 45,  // state, run, official ...: between a name and its media noun
  kMediaBefore = 1ull << 46,  // told, via, interview ...: a medium after it carries words
  kMediaAfter = 1ull << 47,   // reported, said, aired ...: a medium before it carries words
  kVenueStop = 1ull << 48,    // of, for, with ...: no modifier between "in" and a venue
  kMeetingWord = 1ull << 49,  // met, summit, talks ...: its "in X" is a venue
  kDiscussWord = 1ull << 50,  // discuss, talks, debate ...: talking about a topic
  kAboutPrep = 1ull << 51,    // about, on, over ...: "talks on Syria"
  kTopicFrame = 1ull << 52,   // situation, future ...: "the situation in Syria"
  // Quantities, background, event time, datelines, tree roles:
  kPersonNoun = 1ull << 53,        // people, civilians ...: a number before one counts persons
  kMeasureWord = 1ull << 54,       // km, years, percent ...: a number before one is no count
  kRelativeAdverb = 1ull << 55,    // still, now, also ...: "which still controls"
  kTimeClauseOpener = 1ull << 56,  // which, while, since ...: opens a clause of its own for EventTime
  kHeadlineWord = 1ull << 57,      // correction, update ...: an all-caps one opens no dateline
  kTargetCase = 1ull << 58,        // with, against, to ...: its noun is the party an event is directed at
  kUndergoVerb = 1ull << 59,       // face, suffer ...: its subject undergoes the event noun it takes
  // Story referents (discourse/story_referents.cc):
  kInstitutionWord = 1ull << 60,  // committee, party, union ...: a name ending in one is no person
  kTitleWord = 1ull << 61,        // mr, president, sheikh ...: stands before a surname
  kNameParticle = 1ull << 62,     // de, von, bin ...: lower case inside a name ("Aart de Zeeuw")
  // Actor matcher (match/actor_matcher.cc):
  kCompanySuffix = 1ull << 63,  // corp, inc, ltd ...: ends a company's name ("American Motors Corp")
};
constexpr uint64_t kListClasses = ~uint64_t{0} << 32;
// Classes that say what a content word means rather than how it works in the clause,
// and every word list: GrammarClass() leaves them out, so "a plain word" (no
// grammatical class) stays one.
constexpr uint64_t kContentClasses =
    kAttackNoun | kPlacePart | kNegationAffirms | kConsultNoun | kNegotiationNoun | kAdposition | kDenialVerb |
    kStatementNoun | kListClasses;

class LexiconData {
 public:
  lexicon::Vocabulary vocab;
  lexicon::Inflector inflector;
  lexicon::CameoTable cameo;
  lexicon::PhraseDictionary actors;  // names -> actor codes ("@PAIR" for references)
  lexicon::PhraseDictionary agents;  // nouns -> agent codes
  std::vector<lexicon::Pattern> patterns;
  std::vector<std::string> files;  // pattern source files, for messages
  // Discard phrases (PETRARCH discards files; empty for parley's own format). The coder
  // should skip a sentence that contains a phrase whose entry code is "sentence", and a
  // whole story that contains one whose code is "story".
  lexicon::PhraseDictionary discards;
  // How many different "story" phrases discard a story: 1 for PETRARCH's files, 2 for
  // parley's own list (data/grammar/discards.txt), where one sports or show-business
  // phrase can come up in a political story.
  int story_discard_min = 1;

  // Built by Finish():
  // A pattern listed under its anchor, with what the pattern matcher reads before it
  // touches the pattern itself.
  struct PatternCandidate {
    uint32_t pattern = 0;   // index into `patterns`
    int specificity = 0;    // the pattern's
    uint32_t key_word = 0;  // the word of the pattern's first one-word group, or 0
    // The pattern's groups in `required_words`: [required_begin, required_end).
    uint32_t required_begin = 0, required_end = 0;
  };
  // The patterns whose anchor holds `word`, most specific first (every token looks here).
  std::span<const PatternCandidate> PatternsAnchoredBy(uint32_t word) const {
    if (word / 64 >= anchor_words_.size() || !((anchor_words_[word / 64] >> (word % 64)) & 1)) return {};
    return {word_candidates_.data() + word_candidates_at_[word],
            word_candidates_at_[word + 1] - word_candidates_at_[word]};
  }
  // The patterns whose anchor is a prefix (`prisoner*`) with the first three bytes of
  // `norm` (3 bytes or more), in load order; the anchor itself is still to be tested.
  std::span<const PatternCandidate> PatternsByPrefixKey(std::string_view norm) const {
    const uint32_t key = PrefixKey(norm), bit = PrefixKeyBit(key);
    if (!((prefix_key_bits_[bit / 64] >> (bit % 64)) & 1)) return {};
    auto it = patterns_by_prefix_.find(key);
    if (it == patterns_by_prefix_.end()) return {};
    return it->second;
  }
  // What a sentence must hold for a pattern to match it, as groups: for each literal
  // element but the anchor that has no `word*` prefix, the number of its words, then the
  // words. A pattern matches only a sentence with one word of every group.
  std::vector<uint32_t> required_words;
  static uint32_t PrefixKey(std::string_view w) {
    return uint32_t(uint8_t(w[0])) << 16 | uint32_t(uint8_t(w[1])) << 8 | uint8_t(w[2]);
  }
  std::vector<uint64_t> word_class;  // indexed by word id

  // Number values of number words ("two" -> 2, "thousands" -> 1000).
  std::unordered_map<uint32_t, double> number_words;

  LexiconStats stats;

  void AddWordClass(std::string_view word, uint64_t cls);
  // Removes `cls` from every word that has it (before Finish()).
  void DropWordClass(uint64_t cls) {
    for (auto& wc : pending_classes_) wc.second &= ~cls;
  }
  // Adds `cls` to every inflected form of a verb lemma.
  void AddVerbClass(std::string_view lemma, uint64_t cls);
  uint64_t ClassOf(uint32_t word) const { return word < word_class.size() ? word_class[word] : 0; }
  uint32_t GrammarClass(uint32_t word) const { return static_cast<uint32_t>(ClassOf(word) & ~kContentClasses); }
  // True when `word` has any of the classes in `cls`.
  bool Is(uint32_t word, uint64_t cls) const { return (ClassOf(word) & cls) != 0; }
  // Indexes patterns; call once after everything is added.
  void Finish();

 private:
  // Appends pattern p's groups to required_words; returns its candidate entry.
  PatternCandidate IndexRequiredWords(uint32_t p);
  // Lays out the by-word candidates: word_candidates_at_, word_candidates_, anchor_words_.
  void IndexByWord(std::vector<std::vector<PatternCandidate>> by_word);

  static uint32_t PrefixKeyBit(uint32_t key) { return (key * 0x9E3779B1u) >> 18; }  // < 16,384

  // Patterns whose anchor is a prefix, by its first three bytes (PrefixKey); a bit per
  // PrefixKeyBit() says whether a key may be there (most tokens' keys are not).
  std::unordered_map<uint32_t, std::vector<PatternCandidate>> patterns_by_prefix_;
  std::vector<uint64_t> prefix_key_bits_ = std::vector<uint64_t>(16384 / 64, 0);
  // PatternsAnchoredBy(w) is word_candidates_[word_candidates_at_[w], word_candidates_at_[w + 1]);
  // bit w of anchor_words_ says whether that range is not empty (a small table that
  // stays in cache: most tokens anchor no pattern).
  std::vector<uint32_t> word_candidates_at_;
  std::vector<PatternCandidate> word_candidates_;
  std::vector<uint64_t> anchor_words_;

  std::vector<std::pair<uint32_t, uint64_t>> pending_classes_;
};

// Loads the grammar lists (data/grammar/) and the CAMEO table shared by both loaders.
void LoadGrammar(const std::string& dir, LexiconData* data, std::vector<Diagnostic>* diags);
void LoadCameoTable(const std::string& dir, LexiconData* data, std::vector<Diagnostic>* diags);
// Loads irregular verb forms (data/generated/verb_forms.tsv) into data->inflector.
void LoadVerbForms(const std::string& path, LexiconData* data, std::vector<Diagnostic>* diags);

}  // namespace parley
