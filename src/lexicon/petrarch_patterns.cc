// Compiles PETRARCH verb patterns into parley patterns.
//
// PETRARCH splits a sentence at the verb and matches the words before it (upper) and
// after it (lower) separately, inside noun and verb phrases found by a parser. parley
// matches one token sequence left to right, so a pattern becomes the sequence
// upper-words, verb, lower-words, with these choices:
//   - PETRARCH-1 ` ` (other words may stand between) -> `..` (up to 6 units, one clause);
//     `_` (the words touch) -> adjacent elements. The same for the connector at `*`.
//   - PETRARCH-2 words are phrase heads and their modifiers: `..` between words (a
//     {noun phrase}'s modifiers need not touch its head either), adjacent only when
//     joined by `_`. A head (a bare word, the last of a {noun phrase}, the object of a
//     (preposition ...)) also matches its regular plural.
//   - `$` source, `+` target; `%` (a compound) before the verb binds the source and makes
//     the pattern mutual (events among the compound's members), after the verb it binds
//     the target; `^` (skip a noun phrase) -> `..`.
//   - &SYNSET: its one-word members become one element with alternatives; each
//     multi-word member makes a variant of the pattern. Members get regular plurals
//     unless the label or the member ends with '_'. {a | b} (TABARI) works the same way.
//   - Codes: [---] matches but codes nothing (kept so that it beats the verb alone);
//     TABARI's [###] (discard) is read as [---]; [+++] (a "complex" event, which
//     PETRARCH does not implement either) drops the pattern;
//     [a:b] codes a for source -> target and b for target -> source (Pattern::
//     reverse_code; [a:a] is a `recip` pattern); [:b] only target -> source.
//   - The most specific pattern wins (parley's rule: most literal elements), ties go to
//     the earlier line, as PETRARCH-1 tries patterns in file order. Of two identical
//     PETRARCH-2 patterns only the later is kept (PETRARCH-2's pattern tree keeps it).
//   - Verbs: explicit forms ({BROKE BROKEN}) or parley's inflector (with WordNet's
//     irregular forms); a verb listed in several blocks belongs to the last block
//     (PETRARCH-1) or the first (PETRARCH-2), written forms before generated ones.
#include <algorithm>

#include "lexicon/petrarch_verbs.h"

namespace parley::lexicon::petrarch {
namespace {

using Kind = PatternElement::Kind;

// Patterns with more variants than this keep the first ones (and say so).
constexpr std::size_t kMaxVariants = 64;

// A set of verbs that share their particles; one parley pattern serves them all.
struct VerbGroup {
  Phrase before, after;
  std::vector<std::string> forms;
};

class Compiler {
 public:
  Compiler(VerbFormat format, const SynsetTable& synsets, uint32_t file, LexiconData* d, DiagnosticSink* sink)
      : format_(format), synsets_(synsets), file_(file), d_(d), sink_(sink) {}

  // The members of a synset as phrases (nested synsets expanded, plurals added).
  bool Resolve(const std::string& name, int depth, std::vector<Phrase>* out) {
    auto it = synsets_.find(name);
    if (it == synsets_.end() || depth > 8) return false;
    for (const std::string& m : it->second.members) {
      if (m.front() == '&') {
        std::string inner = m;
        while (inner.back() == '_') inner.pop_back();
        if (!Resolve(inner, depth + 1, out)) return false;
        continue;
      }
      Phrase p = PetrarchPhraseTokens(m);
      if (p.empty()) continue;
      out->push_back(p);
      if (it->second.plurals && m.back() != '_') {
        p.back() = RegularPlural(p.back());
        out->push_back(std::move(p));
      }
    }
    return true;
  }

  void Compile(const PatternLine& pl, const std::vector<VerbGroup>& groups) {
    std::vector<Item> items;
    std::string err = ParsePatternText(format_, pl.text, &items);
    int verbs = 0;
    for (const Item& it : items) verbs += it.type == Item::kVerb;
    if (err.empty() && verbs != 1) err = verbs ? "more than one '*'" : "no '*' (the verb) in the pattern";
    Code code;
    if (err.empty()) err = ParseCode(pl.code, &code);
    if (err.empty() && code.code == "+++") {
      sink_->Warning(pl.line, "complex-event code [+++] is not supported; pattern skipped");
      return;
    }
    // Each item's options: sequences of elements' word alternatives.
    std::vector<std::vector<std::vector<Phrase>>> options(items.size());
    for (std::size_t i = 0; err.empty() && i < items.size(); ++i) {
      const Item& it = items[i];
      std::vector<Phrase> alts;
      if (it.type == Item::kWords) {
        if (it.tokens.empty()) continue;
        std::vector<Phrase> seq;
        for (const std::string& t : it.tokens) seq.push_back({t});
        if (it.head) seq.back().push_back(RegularPlural(seq.back().back()));
        options[i].push_back(std::move(seq));
        continue;
      }
      if (it.type == Item::kSynset && !Resolve(it.name, 0, &alts)) err = "undefined synset " + it.name;
      if (it.type == Item::kSynset && err.empty() && alts.empty()) err = "synset " + it.name + " has no members";
      if (it.type == Item::kAlternatives) alts = it.alts;
      if (alts.empty()) continue;
      Phrase singles;
      for (const Phrase& a : alts) {
        if (a.size() == 1) {
          singles.push_back(a[0]);
          continue;
        }
        std::vector<Phrase> seq;
        for (const std::string& t : a) seq.push_back({t});
        options[i].push_back(std::move(seq));
      }
      if (!singles.empty()) options[i].insert(options[i].begin(), {singles});
    }
    if (!err.empty()) {
      sink_->Error(pl.line, err + " in pattern '" + pl.text + "'");
      return;
    }
    std::size_t total = 1;
    for (const auto& o : options) total *= std::max<std::size_t>(1, o.size());
    if (total > kMaxVariants)
      sink_->Warning(pl.line,
                     std::string("pattern has ").append(std::to_string(total)).append(" synset variants; the first ") +
                         std::to_string(kMaxVariants) + " are used");
    std::vector<std::size_t> pick(items.size(), 0);
    for (std::size_t n = 0; n < std::min(total, kMaxVariants); ++n) {
      for (const VerbGroup& g : groups) Emit(items, options, pick, g, code, pl.line);
      for (std::size_t i = 0; i < pick.size(); ++i) {  // odometer
        if (options[i].size() > 1 && ++pick[i] < options[i].size()) break;
        pick[i] = 0;
      }
    }
  }

  void EmitDefault(const VerbGroup& g, const std::string& raw_code, int line) {
    Code code;
    if (std::string err = ParseCode(raw_code, &code); !err.empty()) {
      sink_->Error(line, err + " for the verb alone");
      return;
    }
    // The verb alone codes nothing.
    if ((code.code == "---" || code.code == "+++") && code.reverse.empty()) return;
    Item verb;
    verb.type = Item::kVerb;
    Emit({verb}, {{}}, {0}, g, code, line);
  }

 private:
  void Emit(const std::vector<Item>& items, const std::vector<std::vector<std::vector<Phrase>>>& options,
            const std::vector<std::size_t>& pick, const VerbGroup& g, const Code& code, int line) {
    Pattern p;
    p.code = code.code;
    p.reverse_code = code.reverse;
    p.recip = code.recip;
    p.reverse_only = code.reverse_only;
    p.file = file_;
    p.line = line;
    auto word = [&](const Phrase& alts) {
      PatternElement e;
      e.kind = Kind::kWord;
      for (const std::string& a : alts) e.words.push_back(d_->vocab.Intern(a));
      p.elements.push_back(std::move(e));
      ++p.specificity;
    };
    auto slot = [&](Kind k) {
      PatternElement e;
      e.kind = k;
      p.elements.push_back(std::move(e));
    };
    bool seen_verb = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& it = items[i];
      bool gap = it.gap_before || it.type == Item::kSkip;
      if (gap && !p.elements.empty() && p.elements.back().kind != Kind::kGap) slot(Kind::kGap);
      switch (it.type) {
        case Item::kVerb: {
          for (const std::string& t : g.before) word({t});
          p.anchor = static_cast<int>(p.elements.size());
          PatternElement e;
          e.kind = Kind::kVerb;
          for (const std::string& f : g.forms) e.words.push_back(d_->vocab.Intern(f));
          p.elements.push_back(std::move(e));
          ++p.specificity;
          for (const std::string& t : g.after) word({t});
          seen_verb = true;
          break;
        }
        case Item::kSource:
          slot(Kind::kSource);
          break;
        case Item::kTarget:
          slot(Kind::kTarget);
          break;
        case Item::kCompound:
          slot(seen_verb ? Kind::kTarget : Kind::kSource);
          if (!seen_verb) p.recip = true;
          break;
        case Item::kSkip:
          break;
        default:
          if (!options[i].empty())
            for (const Phrase& alts : options[i][pick[i]]) word(alts);
      }
    }
    while (!p.elements.empty() && p.elements.back().kind == Kind::kGap) p.elements.pop_back();
    while (p.elements.front().kind == Kind::kGap) {
      p.elements.erase(p.elements.begin());
      --p.anchor;
    }
    EnsureEventCode(p.code, d_);
    EnsureEventCode(p.reverse_code, d_);
    d_->patterns.push_back(std::move(p));
  }

  VerbFormat format_;
  const SynsetTable& synsets_;
  uint32_t file_;
  LexiconData* d_;
  DiagnosticSink* sink_;
};

}  // namespace

void CompileVerbBlocks(VerbFormat format, const std::vector<VerbBlock>& blocks, const SynsetTable& synsets,
                       uint32_t file_index, LexiconData* d, DiagnosticSink* sink) {
  Compiler compiler(format, synsets, file_index, d, sink);
  for (const VerbBlock& b : blocks) {
    // Verbs sharing particles share patterns; the verb alone keeps each verb's own code.
    std::vector<VerbGroup> groups;
    std::vector<std::pair<std::string, VerbGroup>> defaults;  // code -> verbs (and particles)
    std::vector<int> default_lines;
    for (const VerbEntry& v : b.verbs) {
      if (v.forms.empty()) continue;
      auto same = [&](const VerbGroup& g) { return g.before == v.before && g.after == v.after; };
      auto it = std::find_if(groups.begin(), groups.end(), same);
      if (it == groups.end()) it = groups.insert(groups.end(), VerbGroup{v.before, v.after, {}});
      it->forms.insert(it->forms.end(), v.forms.begin(), v.forms.end());
      auto dt = std::find_if(defaults.begin(), defaults.end(),
                             [&](const auto& e) { return e.first == v.code && same(e.second); });
      if (dt == defaults.end()) {
        dt = defaults.insert(defaults.end(), {v.code, VerbGroup{v.before, v.after, {}}});
        default_lines.push_back(v.line);
      }
      dt->second.forms.insert(dt->second.forms.end(), v.forms.begin(), v.forms.end());
    }
    if (groups.empty()) continue;
    // PETRARCH-2 stores patterns in a tree, so of two identical patterns the later one's
    // code wins; PETRARCH-1 tries them in order, so the earlier one wins (tie rule).
    std::map<std::string, std::size_t> last;
    auto norm = [](const std::string& t) {
      std::string n;
      for (std::string_view w : SplitAlternatives(t, ' ')) n.append(w).append(" ");
      return n;
    };
    for (std::size_t i = 0; i < b.patterns.size(); ++i) last[norm(b.patterns[i].text)] = i;
    for (std::size_t i = 0; i < b.patterns.size(); ++i) {
      if (format == VerbFormat::kPetrarch2 && last[norm(b.patterns[i].text)] != i) {
        sink->Warning(b.patterns[i].line, "pattern repeated later in the block; the later code is used");
        continue;
      }
      compiler.Compile(b.patterns[i], groups);
    }
    for (std::size_t i = 0; i < defaults.size(); ++i)
      compiler.EmitDefault(defaults[i].second, defaults[i].first, default_lines[i]);
  }
}

}  // namespace parley::lexicon::petrarch
