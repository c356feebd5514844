// PETRARCH verbs files: reads blocks, verbs, patterns and synsets of either PETRARCH
// generation; petrarch_patterns.cc compiles them into parley patterns.
#include "lexicon/petrarch_verbs.h"

#include <algorithm>
#include <set>

#include "text/tokenizer.h"

namespace parley::lexicon {
namespace petrarch {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Splits "WIRE_+TAP", "+CORDON_OFF", "LASH OUT" into particles and the verb word (the
// one marked '+', else the first). Returns false when there is no word.
bool SplitVerbSpec(std::string_view spec, std::vector<std::string>* before, std::string* verb,
                   std::vector<std::string>* after) {
  std::vector<std::string> words = Words(spec);
  if (words.empty()) return false;
  std::size_t v = 0;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i][0] == '+') {
      v = i;
      break;
    }
  before->clear();
  after->clear();
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i][0] == '+' ? words[i].substr(1) : words[i];
    std::vector<std::string> toks = text::TokenizePhrase(w);
    if (toks.empty()) continue;
    if (i < v) {
      before->insert(before->end(), toks.begin(), toks.end());
    } else if (i > v) {
      after->insert(after->end(), toks.begin(), toks.end());
    } else {
      // "RE-ESTABLISH": the leading pieces are particles, the last one is inflected.
      before->insert(before->end(), toks.begin(), toks.end() - 1);
      *verb = toks.back();
    }
  }
  return !verb->empty();
}

std::string ParseVerbLine(std::string_view text, const std::string& block_code, const Inflector& inflector,
                          VerbEntry* v) {
  std::string field;
  std::size_t open = 0;
  v->code = block_code;
  if (BracketField(text, &field, &open)) {
    v->code = field;
    text = text.substr(0, open);
  } else if (text.find('[') != std::string_view::npos) {
    return "unclosed '['";
  }
  std::string_view forms_text;
  bool has_forms = false;
  if (std::size_t b = text.find('{'); b != std::string_view::npos) {
    std::size_t e = text.find('}', b);
    if (e == std::string_view::npos) return "missing '}' after the verb forms";
    forms_text = text.substr(b + 1, e - b - 1);
    text = text.substr(0, b);
    has_forms = true;
  }
  std::string verb;
  if (!SplitVerbSpec(Trim(text), &v->before, &verb, &v->after)) return "no verb";
  v->forms = {verb};
  if (!has_forms) {
    for (const InflectedForm& f : inflector.Forms(verb))
      if (f.text != verb) v->forms.push_back(f.text);
    return "";
  }
  // Explicit forms replace the generated ones ("BREAK {BROKE BROKEN}",
  // "+CORDON_OFF {+CORDONED_OFF ...}"): the verb word of each.
  for (std::string_view item : SplitAlternatives(forms_text, ' ')) {
    std::vector<std::string> b, a;
    std::string form;
    if (SplitVerbSpec(item, &b, &form, &a) && std::find(v->forms.begin(), v->forms.end(), form) == v->forms.end())
      v->forms.push_back(form);
  }
  v->explicit_forms = v->forms.size();
  return "";
}

bool IsPatternLine(std::string_view t) { return (t.front() == '-' && t.rfind("---", 0) != 0) || t.front() == '*'; }

// PETRARCH-2 patterns mark phrases with (...) and {...}; PETRARCH-1 patterns never do
// ({a | b} is TABARI's list of alternatives).
VerbFormat DetectFormat(const std::vector<PetrarchLine>& lines) {
  for (const PetrarchLine& l : lines) {
    if (!IsPatternLine(l.text)) continue;
    std::string_view body = std::string_view(l.text).substr(0, l.text.rfind('['));
    if (body.find('(') != std::string_view::npos) return VerbFormat::kPetrarch2;
    std::size_t b = body.find('{');
    if (b != std::string_view::npos && body.substr(b, body.find('}', b) - b).find('|') == std::string_view::npos)
      return VerbFormat::kPetrarch2;
  }
  return VerbFormat::kPetrarch1;
}

// A verb form in one block only: PETRARCH-1 lets the last block that lists a verb
// define it, PETRARCH-2 the first one (and merges blocks of the same name).
void ResolveOwnership(VerbFormat format, std::vector<VerbBlock>* blocks) {
  if (format == VerbFormat::kPetrarch2) {
    std::map<std::string, std::size_t> first;
    std::vector<VerbBlock> merged;
    for (VerbBlock& b : *blocks) {
      auto [it, fresh] = first.emplace(b.name, merged.size());
      if (fresh) {
        merged.push_back(std::move(b));
        continue;
      }
      VerbBlock& into = merged[it->second];
      for (auto& v : b.verbs) into.verbs.push_back(std::move(v));
      for (auto& p : b.patterns) into.patterns.push_back(std::move(p));
    }
    blocks->swap(merged);
  }
  // Forms written in the file claim first ("LEFT [042:043]" keeps "left" from LEAVE,
  // whose generated forms include it), then generated forms take what is left.
  std::set<std::string> claimed;
  auto visit = [&](VerbBlock& b, bool written) {
    std::vector<std::string> mine;
    for (VerbEntry& v : b.verbs) {
      std::string key;
      for (const auto& t : v.before) key += t + " ";
      key += "*";
      for (const auto& t : v.after) key += " " + t;
      for (std::size_t i = 0; i < v.forms.size(); ++i) {
        if ((i < v.explicit_forms) != written || v.forms[i].empty()) continue;
        std::string k = key + "|" + v.forms[i];
        if (claimed.count(k))
          v.forms[i].clear();
        else
          mine.push_back(std::move(k));
      }
    }
    claimed.insert(mine.begin(), mine.end());
  };
  for (bool written : {true, false}) {
    if (format == VerbFormat::kPetrarch1)
      for (auto it = blocks->rbegin(); it != blocks->rend(); ++it) visit(*it, written);
    else
      for (VerbBlock& b : *blocks) visit(b, written);
  }
  for (VerbBlock& b : *blocks)
    for (VerbEntry& v : b.verbs) v.forms.erase(std::remove(v.forms.begin(), v.forms.end(), ""), v.forms.end());
}

}  // namespace
}  // namespace petrarch

void ReadPetrarchVerbs(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  using namespace petrarch;  // NOLINT: the internal types of this reader
  DiagnosticSink sink(diags, path);
  std::vector<PetrarchLine> lines;
  if (!ReadPetrarchFileOrReport(path, sink, &lines)) return;
  const VerbFormat format = DetectFormat(lines);
  std::vector<VerbBlock> blocks;
  SynsetTable synsets;
  SynsetDef* synset = nullptr;  // the synset whose +members are being read
  for (const PetrarchLine& l : lines) {
    std::string_view t = l.text;
    if (synset && t.front() == '+') {
      std::string_view member = Trim(t.substr(1));
      if (member.empty() || member == "&" || member == "_")
        sink.Error(l.number, "empty synset member");
      else
        synset->members.emplace_back(member);
      continue;
    }
    synset = nullptr;
    if (t.rfind("---", 0) == 0) {
      VerbBlock b;
      b.line = l.number;
      std::string field;
      b.code = BracketField(t, &field) ? field : "---";
      std::vector<std::string> words =
          Words(t.substr(3, t.find('[') == std::string_view::npos ? t.npos : t.find('[') - 3));
      b.name = words.empty() ? "" : words.front();
      blocks.push_back(std::move(b));
      continue;
    }
    if (t.front() == '&') {
      std::string label(t.substr(0, t.find_first_of(" \t")));
      bool plurals = label.back() != '_';
      while (!label.empty() && label.back() == '_') label.pop_back();
      SynsetDef& def = synsets[label];
      def = SynsetDef();
      def.line = l.number;
      def.plurals = plurals;
      synset = &def;
      continue;
    }
    if (t.front() == '~') {
      // PETRARCH-2 "~ a (b . ATTACK) SAY = a b 112" rewrites an event nested in another
      // verb's clause; the engine has no nested events.
      sink.Warning(l.number, "verb transformation not supported (no nested events); skipped");
      continue;
    }
    if (blocks.empty()) {
      sink.Error(l.number, std::string("'").append(t).append("' stands before the first --- VERB [code] --- block"));
      continue;
    }
    VerbBlock& b = blocks.back();
    if (IsPatternLine(t)) {
      if (t.front() == '*')
        sink.Warning(l.number, "pattern line without a leading '-'");
      else
        t.remove_prefix(1);
      PatternLine p;
      p.line = l.number;
      std::size_t open = t.rfind('[');
      std::string field;
      if (open == std::string_view::npos || !BracketField(t.substr(open), &field) || field.empty()) {
        sink.Error(l.number, "pattern without a [code]");
        continue;
      }
      p.text = std::string(Trim(t.substr(0, open)));
      p.code = field;
      b.patterns.push_back(std::move(p));
      continue;
    }
    VerbEntry v;
    v.line = l.number;
    std::string err = ParseVerbLine(t, b.code, d->inflector, &v);
    if (!err.empty()) {
      sink.Error(l.number, err + " in verb line '" + std::string(t).append("'"));
      continue;
    }
    b.verbs.push_back(std::move(v));
  }
  for (const VerbBlock& b : blocks)
    if (b.verbs.empty() && !b.patterns.empty()) sink.Warning(b.line, "this block has patterns but no verbs");
  ResolveOwnership(format, &blocks);
  uint32_t file_index = static_cast<uint32_t>(d->files.size());
  d->files.push_back(path);
  CompileVerbBlocks(format, blocks, synsets, file_index, d, &sink);
}

}  // namespace parley::lexicon
