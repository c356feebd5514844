// PETRARCH / TABARI actors, agents and discards files (see petrarch_reader.h).
#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include "lexicon/line_reader.h"
#include "lexicon/petrarch_reader.h"

namespace parley::lexicon {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool ValidActorCode(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '/' && c != '+' && c != '#') return false;
  return true;
}

std::vector<uint32_t> Intern(LexiconData* d, const std::vector<std::string>& tokens) {
  std::vector<uint32_t> ids;
  for (const std::string& t : tokens) ids.push_back(d->vocab.Intern(t));
  return ids;
}

// The trie node of `ids`, or 0 when the dictionary has no such phrase.
uint32_t FindNode(const PhraseDictionary& dict, const std::vector<uint32_t>& ids) {
  uint32_t node = 0;
  for (uint32_t w : ids)
    if ((node = dict.trie().Child(node, w)) == 0) return 0;
  return node;
}

// "CODE", "CODE <yymmdd", "CODE >yyyymmdd", "CODE from-to" (spaces allowed around the
// signs) -> entry. Returns an error message, or "" when the field was read.
std::string ParseRole(std::string_view field, PhraseEntry* e) {
  std::size_t sp = field.find_first_of(" \t<>");
  std::string code = Upper(Trim(field.substr(0, sp)));
  if (!ValidActorCode(code)) return "bad actor code '" + code + "'";
  e->code = code;
  if (sp == std::string_view::npos) return "";
  std::string rest;
  for (char c : field.substr(sp))
    if (c != ' ' && c != '\t') rest.push_back(c);
  if (rest.empty()) return "";
  int a = -1, b = -1;
  if (rest[0] == '<') {
    if ((b = ParsePetrarchDate(std::string_view(rest).substr(1))) < 0) return "bad date in '" + rest + "'";
    a = 0;
  } else if (rest[0] == '>') {
    if ((a = ParsePetrarchDate(std::string_view(rest).substr(1))) < 0) return "bad date in '" + rest + "'";
    b = kNoDateLimit;
  } else {
    std::size_t dash = rest.find('-');
    if (dash == std::string::npos) return "bad date restriction '" + rest + "' (want <date, >date or date-date)";
    a = ParsePetrarchDate(std::string_view(rest).substr(0, dash));
    b = ParsePetrarchDate(std::string_view(rest).substr(dash + 1));
    if (a < 0 || b < 0) return "bad date in '" + rest + "' (want yymmdd or yyyymmdd)";
    if (b < a) return "end date before start date in '" + rest + "'";
  }
  e->from = a;
  e->to = b;
  e->dated = true;
  return "";
}

// One actor record: names (primary and +synonyms) sharing a list of codes.
struct ActorGroup {
  int line = 0;
  std::vector<std::pair<int, std::string>> names;  // line, phrase
  std::vector<PhraseEntry> roles;                  // in file order
};

class ActorReader {
 public:
  ActorReader(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) : d_(d), sink_(diags, path) {}

  void Line(const PetrarchLine& l) {
    std::string_view text = l.text;
    if (text.front() == '[') {
      AddRole(l.number, text);
      return;
    }
    bool synonym = text.front() == '+';
    if (synonym) text.remove_prefix(1);
    if (!synonym && !group_.roles.empty()) Flush();
    std::size_t open = text.find('[');
    std::string_view name = Trim(text.substr(0, open));
    if (name.empty()) {
      sink_.Error(l.number, "no actor name before '['");
      return;
    }
    if (group_.names.empty()) group_.line = l.number;
    group_.names.emplace_back(l.number, std::string(name));
    if (open != std::string_view::npos) AddRole(l.number, text.substr(open));
  }

  void Flush() {
    if (group_.names.empty()) return;
    if (group_.roles.empty()) {
      sink_.Error(group_.line, "actor '" + group_.names.front().second + "' has no [CODE]");
    } else {
      Store();
    }
    group_ = ActorGroup();
  }

 private:
  void AddRole(int line, std::string_view text) {
    std::string field;
    if (!BracketField(text, &field)) {
      sink_.Error(line, std::string("unclosed '[' in '").append(text).append("'"));
      return;
    }
    if (group_.names.empty()) {
      sink_.Error(line, "code [" + field + "] has no actor name before it");
      return;
    }
    PhraseEntry e;
    std::string err = ParseRole(field, &e);
    if (!err.empty()) {
      sink_.Error(line, err);
      return;
    }
    group_.roles.push_back(std::move(e));
  }

  void Store() {
    // PETRARCH takes the first role whose dates cover the story, else the first undated
    // one; parley's dictionary prefers the latest entry, so roles go in reverse order.
    std::unordered_set<uint32_t> own;  // nodes this group has filled
    for (const auto& [line, name] : group_.names) {
      std::vector<std::string> tokens = PetrarchPhraseTokens(name);
      if (tokens.empty()) {
        sink_.Error(line, "actor name '" + name + "' has no words");
        continue;
      }
      std::vector<std::vector<std::string>> variants = {tokens};
      // "THE_HERMIT_KINGDOM": also without the article, which the engine skips itself
      // (it wants an actor name to start with a capital).
      if (tokens.size() > 1 && tokens[0] == "the") variants.emplace_back(tokens.begin() + 1, tokens.end());
      for (const auto& v : variants) {
        std::vector<uint32_t> ids = Intern(d_, v);
        uint32_t node = FindNode(d_->actors, ids);
        if (node != 0 && !d_->actors.trie().Payload(node).empty() && !own.count(node)) {
          if (&v == &variants.front())
            sink_.Warning(line, "duplicate actor name '" + name + "': the first entry is used");
          continue;
        }
        for (auto it = group_.roles.rbegin(); it != group_.roles.rend(); ++it) {
          PhraseEntry e = *it;
          // Short single words ("US", "UN", "AU") are acronyms: capitals only.
          e.caps_only = v.size() == 1 && v[0].size() <= 3;
          d_->actors.Add(ids, e);
        }
        own.insert(FindNode(d_->actors, ids));
        ++d_->stats.actor_names;
      }
    }
    ++d_->stats.actors;
    bool dated = std::any_of(group_.roles.begin(), group_.roles.end(), [](const auto& e) { return e.dated; });
    if (dated) {
      ++d_->stats.people;
      d_->stats.dated_roles += group_.roles.size();
    }
    const std::string& code = group_.roles.front().code;
    if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0) ++d_->stats.organisations;
  }

  LexiconData* d_;
  DiagnosticSink sink_;
  ActorGroup group_;
};

// Regular English plural of a phrase's last word (PETRARCH's rule, with -ey -> -eys).
std::string Plural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  char last = static_cast<char>(std::toupper(static_cast<unsigned char>(phrase.back())));
  char before =
      phrase.size() > 1 ? static_cast<char>(std::toupper(static_cast<unsigned char>(phrase[phrase.size() - 2]))) : ' ';
  bool vowel_before = before == 'A' || before == 'E' || before == 'I' || before == 'O' || before == 'U';
  if (last == 'Y' && !vowel_before) return phrase.substr(0, phrase.size() - 1) + "IES";
  if (last == 'S' || last == 'X' || last == 'Z') return phrase + "ES";
  return phrase + "S";
}

}  // namespace

void ReadPetrarchActors(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  std::vector<PetrarchLine> lines;
  if (!ReadPetrarchFileOrReport(path, sink, &lines)) return;
  ActorReader reader(path, d, diags);
  for (const PetrarchLine& l : lines) {
    if (l.text.find("---STOP---") != std::string::npos) break;
    reader.Line(l);
  }
  reader.Flush();
}

void ReadPetrarchAgents(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  std::vector<PetrarchLine> lines;
  if (!ReadPetrarchFileOrReport(path, sink, &lines)) return;
  std::map<std::string, std::vector<std::string>> markers;  // !PERSON! -> MAN, MEN ...
  auto store = [&](int line, const std::string& phrase, const PhraseEntry& e) {
    std::vector<std::string> tokens = PetrarchPhraseTokens(phrase);
    if (tokens.empty()) {
      sink.Error(line, "agent '" + phrase + "' has no words");
      return;
    }
    std::vector<uint32_t> ids = Intern(d, tokens);
    uint32_t node = FindNode(d->agents, ids);
    if (node != 0 && !d->agents.trie().Payload(node).empty()) return;  // first entry wins
    d->agents.Add(ids, e);
    ++d->stats.agents;
  };
  for (const PetrarchLine& l : lines) {
    std::string_view text = l.text;
    std::size_t open = text.find('[');
    if (text.front() == '!' && text.find('=') != std::string_view::npos && open == std::string_view::npos) {
      std::size_t close = text.find('!', 1), eq = text.find('=');
      if (close == std::string_view::npos || close > eq) {
        sink.Error(l.number, "bad substitution set (want !NAME! = A, B, C)");
        continue;
      }
      auto& list = markers[std::string(text.substr(0, close + 1))];
      list.clear();
      for (std::string_view item : SplitAlternatives(text.substr(eq + 1), ',')) list.emplace_back(item);
      continue;
    }
    std::string field;
    if (!BracketField(text, &field)) {
      sink.Error(l.number, "agent without a [~CODE] or [CODE~]");
      continue;
    }
    field.erase(std::remove_if(field.begin(), field.end(), [](char c) { return c == ' ' || c == '\t'; }), field.end());
    PhraseEntry e;
    if (field.size() > 1 && field.front() == '~') {
      e.code = Upper(field.substr(1));
    } else if (field.size() > 1 && field.back() == '~') {
      // A prefixed agent (NGO~) goes before the actor code in PETRARCH; parley appends
      // agents after the country, so the entry is marked for the engine to place it.
      e.code = Upper(field.substr(0, field.size() - 1));
      e.prefix = true;
    } else {
      sink.Error(l.number, "agent code '" + field + "' needs '~' before (suffix) or after (prefix) it");
      continue;
    }
    if (!ValidActorCode(e.code)) {
      sink.Error(l.number, "bad agent code '" + e.code + "'");
      continue;
    }
    std::string phrase(Trim(text.substr(0, open)));
    std::string plural;
    bool explicit_plural = false;
    if (std::size_t brace = phrase.find('{'); brace != std::string::npos) {
      std::size_t end = phrase.find('}', brace);
      if (end == std::string::npos) {
        sink.Error(l.number, "missing '}' in '" + phrase + "'");
        continue;
      }
      plural = std::string(Trim(std::string_view(phrase).substr(brace + 1, end - brace - 1)));
      phrase = std::string(Trim(std::string_view(phrase).substr(0, brace)));
      explicit_plural = true;
    }
    if (phrase.empty()) {
      sink.Error(l.number, "no agent phrase before '['");
      continue;
    }
    if (std::size_t bang = phrase.find('!'); bang != std::string::npos) {
      std::size_t end = phrase.find('!', bang + 1);
      auto it = end == std::string::npos ? markers.end() : markers.find(phrase.substr(bang, end - bang + 1));
      if (it == markers.end()) {
        sink.Error(l.number, "undefined substitution marker in '" + phrase + "'");
        continue;
      }
      for (const std::string& sub : it->second)
        store(l.number, phrase.substr(0, bang) + sub + phrase.substr(end + 1), e);
      continue;
    }
    store(l.number, phrase, e);
    if (!explicit_plural) plural = Plural(phrase);
    if (!plural.empty()) store(l.number, plural, e);
  }
}

void ReadPetrarchDiscards(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  std::vector<PetrarchLine> lines;
  if (!ReadPetrarchFileOrReport(path, sink, &lines)) return;
  for (const PetrarchLine& l : lines) {
    std::string_view text = l.text;
    bool story = text.front() == '+';
    if (story) text = Trim(text.substr(1));
    std::vector<std::string> tokens = PetrarchPhraseTokens(text);
    if (tokens.empty()) {
      sink.Error(l.number, "empty discard phrase");
      continue;
    }
    PhraseEntry e;
    e.code = story ? "story" : "sentence";
    d->discards.Add(Intern(d, tokens), e);
    // Without a final '_' PETRARCH matches the phrase as a stem; the plural is the
    // common case of that ("TYPHOON" also discards "typhoons").
    if (text.back() != '_') {
      tokens.back() = Plural(tokens.back());
      std::transform(tokens.back().begin(), tokens.back().end(), tokens.back().begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      d->discards.Add(Intern(d, tokens), e);
    }
  }
}

}  // namespace parley::lexicon
