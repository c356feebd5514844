#pragma once
// Internal to the PETRARCH verbs reader: the blocks of a verbs file as read
// (petrarch_verbs.cc) and their compilation into parley patterns (petrarch_patterns.cc).
#include <map>
#include <string>
#include <vector>

#include "lexicon/line_reader.h"
#include "lexicon/petrarch_reader.h"

namespace parley::lexicon::petrarch {

enum class VerbFormat {
  kPetrarch1,  // TABARI lineage: `_` joins words that must touch, ` ` allows words between
  kPetrarch2,  // CAMEO.2.0: {noun phrase} (prepositional phrase), words are phrase heads
};

// One verb of a block: "BREAK {BROKE BROKEN}", "+CORDON_OFF {...}", "WIRE_+TAP [170]".
struct VerbEntry {
  int line = 0;
  std::vector<std::string> before, after;  // particle tokens around the verb word
  std::vector<std::string> forms;          // every form of the verb word, lower case
  std::size_t explicit_forms = 1;          // forms[0, n) were written in the file
  std::string code;                        // code of the verb alone; "---" for none
};

// "- UPPER * LOWER [code]": the text between '-' and '[' and the bracket's code.
struct PatternLine {
  int line = 0;
  std::string text;
  std::string code;
};

// "--- NAME [code] ---" with its verbs and patterns.
struct VerbBlock {
  int line = 0;
  std::string name;
  std::string code;
  std::vector<VerbEntry> verbs;
  std::vector<PatternLine> patterns;
};

// &NAME word classes: members as written ("AUSTRIAN FLORIN", "&TIETYPES").
struct SynsetDef {
  int line = 0;
  bool plurals = true;  // false when the label ends with '_'
  std::vector<std::string> members;
};
using SynsetTable = std::map<std::string, SynsetDef>;

using Phrase = std::vector<std::string>;  // tokens that touch

// One element of a pattern's text: a word, a synset, {a | b}, `*`, `$`, `+`, `%`, `^`.
struct Item {
  enum Type { kWords, kSynset, kAlternatives, kVerb, kSource, kTarget, kCompound, kSkip };
  Type type = kWords;
  Phrase tokens;             // kWords
  std::string name;          // kSynset: "&TIETYPES"
  std::vector<Phrase> alts;  // kAlternatives
  bool gap_before = false;   // other words may stand between this and the previous item
  bool head = false;         // PETRARCH-2 phrase head: the plural matches too
};

// Reads pattern text (between '-' and '[') into items; returns an error message or "".
std::string ParsePatternText(VerbFormat format, const std::string& text, std::vector<Item>* items);

// A pattern's code field: [a], [a:b] (b for target -> source), [a:a] (mutual), [:b].
struct Code {
  std::string code, reverse;
  bool recip = false, reverse_only = false;
};

std::string ParseCode(std::string_view field, Code* c);

// Regular plural of a lower-case noun.
std::string RegularPlural(const std::string& w);

// Compiles blocks into LexiconData::patterns: one pattern for each verb alone (unless its
// code is "---") and one for each pattern line and group of verbs sharing particles.
// Codes the CAMEO table lacks are added to it.
void CompileVerbBlocks(VerbFormat format, const std::vector<VerbBlock>& blocks, const SynsetTable& synsets,
                       uint32_t file_index, LexiconData* d, DiagnosticSink* sink);

}  // namespace parley::lexicon::petrarch
