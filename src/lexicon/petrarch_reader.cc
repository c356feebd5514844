// PETRARCH / TABARI dictionaries: shared line reading, file selection and
// Lexicon::LoadPetrarch. The actors, agents and discards readers are in
// petrarch_actors.cc, the verbs reader in petrarch_verbs.cc.
#include "lexicon/petrarch_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>

#include "lexicon/line_reader.h"
#include "text/tokenizer.h"

namespace parley {
namespace lexicon {
namespace fs = std::filesystem;

bool ReadPetrarchFileOrReport(const std::string& path, DiagnosticSink& sink, std::vector<PetrarchLine>* out) {
  Status st = ReadPetrarchFile(path, out);
  if (!st.ok()) sink.Error(0, st.message());
  return st.ok();
}

Status ReadPetrarchFile(const std::string& path, std::vector<PetrarchLine>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read");
  std::string raw;
  int number = 0;
  bool in_comment = false;  // inside a <!-- ... --> that spans lines
  while (std::getline(in, raw)) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (number == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
    std::string s = raw;
    if (in_comment) {
      std::size_t e = s.find("-->");
      if (e == std::string::npos) continue;
      s.erase(0, e + 3);
      in_comment = false;
    } else if (s.rfind("<!", 0) == 0) {
      // "<!-- a comment -->" or "<! -- ... -->" on one line, or the start of a block.
      in_comment = s.find("-->") == std::string::npos;
      continue;
    }
    for (std::size_t b; (b = s.find("<!--")) != std::string::npos;) {
      std::size_t e = s.find("-->", b);
      if (e == std::string::npos) {
        s.resize(b);
        in_comment = true;
        break;
      }
      s.erase(b, e + 3 - b);
    }
    if (!s.empty() && s[0] == '#') continue;
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '[')
        ++depth;
      else if (c == ']' && depth > 0)
        --depth;
      else if (depth == 0 && (c == '#' || c == ';')) {
        s.resize(i);
        break;
      }
    }
    std::string_view text = Trim(s);
    if (text.empty()) continue;
    PetrarchLine line;
    line.number = number;
    line.indented = s[0] == '\t' || s[0] == ' ';
    line.text = std::string(text);
    out->push_back(std::move(line));
  }
  return Status::Ok();
}

std::vector<std::string> PetrarchPhraseTokens(std::string_view phrase) {
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  std::vector<std::string> out;
  for (std::string_view word : SplitAlternatives(spaced, ' ')) {
    // Treebank pieces written as words ("DID N'T", "'S") are tokens of their own, as the
    // tokenizer makes them out of "didn't" and "Gondor's".
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "n't" || (lower.size() > 1 && lower[0] == '\'')) {
      out.push_back(std::move(lower));
      continue;
    }
    for (std::string& t : text::TokenizePhrase(word)) out.push_back(std::move(t));
  }
  return out;
}

bool BracketField(std::string_view line, std::string* field, std::size_t* open) {
  std::size_t b = line.find('[');
  if (b == std::string_view::npos) return false;
  std::size_t e = line.find(']', b);
  if (e == std::string_view::npos) return false;
  *field = std::string(Trim(line.substr(b + 1, e - b - 1)));
  if (open) *open = b;
  return true;
}

int ParsePetrarchDate(std::string_view s) {
  // As PETRARCH: up to 7 characters are yymmdd (the first 6), longer ones yyyymmdd (the
  // first 8; the rest is ignored).
  if (s.size() < 6) return -1;
  s = s.substr(0, s.size() <= 7 ? 6 : 8);
  for (char c : s)
    if (c < '0' || c > '9') return -1;
  int year = 0;
  std::size_t k = 0;
  for (; k < s.size() - 4; ++k) year = year * 10 + (s[k] - '0');
  if (s.size() == 6) year += year <= 30 ? 2000 : 1900;
  char iso[11] = {static_cast<char>('0' + year / 1000),
                  static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10),
                  static_cast<char>('0' + year % 10),
                  '-',
                  s[k],
                  s[k + 1],
                  '-',
                  s[k + 2],
                  s[k + 3],
                  '\0'};
  return ParseDate(std::string_view(iso, 10));
}

void EnsureEventCode(const std::string& code, LexiconData* d) {
  if (code.empty() || d->cameo.Contains(code)) return;
  CameoCode c;
  c.code = code;
  c.name = "(from a PETRARCH dictionary)";
  d->cameo.Add(std::move(c));
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status SelectPetrarchFiles(const std::string& spec, PetrarchFiles* files, std::vector<Diagnostic>* diags) {
  std::error_code ec;
  fs::path dir(spec), prefix;
  if (!fs::is_directory(dir, ec)) {
    prefix = dir.filename();
    dir = dir.parent_path();
    if (dir.empty()) dir = ".";
    if (!fs::is_directory(dir, ec)) return Status::NotFound(spec + ": no such PETRARCH dictionary folder");
  }
  const std::string pre = prefix.string();
  std::vector<std::string> names, cameo;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec)) continue;
    std::string name = e.path().filename().string();
    if (name.rfind("CAMEO", 0) == 0 && e.path().extension() == ".txt") cameo.push_back(name);
    if (name.rfind(pre, 0) == 0) names.push_back(name);
  }
  if (ec) return Status::IoError(dir.string() + ": " + ec.message());
  std::sort(names.begin(), names.end());
  std::sort(cameo.begin(), cameo.end());
  auto path = [&](const std::string& n) { return (dir / n).string(); };
  std::vector<std::string> verbs;
  for (const std::string& n : names) {
    std::string l = Lower(n);
    if (l.find("actors") != std::string::npos)
      files->actors.push_back(path(n));
    else if (l.find("agents") != std::string::npos)
      files->agents.push_back(path(n));
    else if (l.find("discards") != std::string::npos)
      files->discards.push_back(path(n));
    else if (l.find("verbs") != std::string::npos)
      verbs.push_back(n);
  }
  // Files of one set share their first name component ("Phoenix.", "PETR_"); a folder
  // with several sets loads all of them, which is rarely what is meant.
  std::set<std::string> sets;
  for (const auto* list : {&files->actors, &files->agents})
    for (const std::string& f : *list) {
      std::string n = fs::path(f).filename().string();
      sets.insert(n.substr(0, n.find_first_of("._")));
    }
  for (const std::string& n : verbs) sets.insert(n.substr(0, n.find_first_of("._")));
  if (sets.size() > 1 && diags) {
    std::string list;
    for (const std::string& s : sets) list += (list.empty() ? "" : ", ") + s;
    diags->push_back(
        {Diagnostic::Severity::kWarning, spec, 0,
         "files of several dictionary sets (" + list + ") are loaded together; give DIR/PREFIX to pick one"});
  }
  if (verbs.empty()) verbs = cameo;
  if (!verbs.empty()) {
    auto shortest = std::min_element(verbs.begin(), verbs.end(), [](const auto& a, const auto& b) {
      return a.size() < b.size() || (a.size() == b.size() && a < b);
    });
    files->verbs.push_back(path(*shortest));
    for (const std::string& n : verbs)
      if (n != *shortest && diags)
        diags->push_back(
            {Diagnostic::Severity::kWarning, path(n), 0,
             "not read: only one verbs file is used per set (" + *shortest + "); give DIR/PREFIX to choose another"});
  }
  if (files->actors.empty() && files->verbs.empty())
    return Status::NotFound(spec + ": no PETRARCH actors or verbs files (want *actors*, *verbs* or CAMEO*.txt)");
  return Status::Ok();
}

}  // namespace lexicon

Result<std::shared_ptr<const Lexicon>> Lexicon::LoadPetrarch(const std::string& dir, const std::string& parley_dir,
                                                             std::vector<Diagnostic>* diags) {
  lexicon::PetrarchFiles files;
  Status st = lexicon::SelectPetrarchFiles(dir, &files, diags);
  if (!st.ok()) return st;
  std::error_code ec;
  if (!std::filesystem::is_directory(parley_dir, ec))
    return Status::NotFound(parley_dir + ": no such dictionary folder (parley's CAMEO table and grammar)");
  auto d = std::make_unique<LexiconData>();
  LoadCameoTable(parley_dir, d.get(), diags);
  if (d->cameo.size() == 0) return Status::NotFound(parley_dir + "/cameo/codes.tsv: missing or empty");
  LoadVerbForms(parley_dir + "/generated/verb_forms.tsv", d.get(), diags);
  LoadGrammar(parley_dir, d.get(), diags);
  // PETRARCH takes the first actor after the verb as the target whatever preposition
  // stands before it ("arrived in Gondor", "fired shells at Seoul"): no actor is set
  // aside as a place.
  d->DropWordClass(kLocative);
  for (const auto& f : files.actors) lexicon::ReadPetrarchActors(f, d.get(), diags);
  for (const auto& f : files.agents) lexicon::ReadPetrarchAgents(f, d.get(), diags);
  for (const auto& f : files.discards) lexicon::ReadPetrarchDiscards(f, d.get(), diags);
  for (const auto& f : files.verbs) lexicon::ReadPetrarchVerbs(f, d.get(), diags);
  if (d->patterns.empty()) return Status::NotFound(dir + ": no usable PETRARCH verb patterns");
  d->Finish();
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(d)));
}

}  // namespace parley
