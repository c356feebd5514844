// CoNLL-U reader: see conllu.h.
#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace parley::syntax {
namespace {

struct Reader {
  const std::string& name;
  std::vector<ConlluSentence> out;
  ConlluSentence cur;

  Status Error(std::size_t line, const std::string& msg) const {
    return Status::InvalidInput(name + ":" + std::to_string(line) + ": " + msg);
  }

  static bool ParseInt(std::string_view s, int* v) {
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
  }

  Status EndSentence(std::size_t line) {
    if (cur.forms.empty()) return Status::Ok();
    int roots = 0;
    const int n = static_cast<int>(cur.forms.size());
    for (int i = 0; i < n; ++i) {
      if (cur.heads[i] >= n) {
        return Error(cur.line, "head " + std::to_string(cur.heads[i] + 1) + " of word " + std::to_string(i + 1) +
                                   " is beyond the sentence end");
      }
      if (cur.heads[i] < 0) ++roots;
    }
    if (roots != 1) {
      return Error(line, "sentence starting at line " + std::to_string(cur.line) + " has " + std::to_string(roots) +
                             " roots (expected 1)");
    }
    out.push_back(std::move(cur));
    cur = ConlluSentence();
    return Status::Ok();
  }

  Status Line(std::string_view l, std::size_t line) {
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty()) return EndSentence(line);
    if (l[0] == '#') return Status::Ok();
    std::string_view col[10];
    int ncol = 0;
    std::size_t start = 0;
    while (ncol < 10) {
      std::size_t tab = l.find('\t', start);
      col[ncol++] = l.substr(start, tab == std::string_view::npos ? l.size() - start : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
      if (ncol == 10) return Error(line, "more than 10 tab-separated columns");
    }
    if (ncol != 10) return Error(line, "expected 10 tab-separated columns, found " + std::to_string(ncol));
    if (col[0].find_first_of("-.") != std::string_view::npos) return Status::Ok();  // MWT / empty node
    int id = 0;
    if (!ParseInt(col[0], &id) || id < 1) return Error(line, "bad ID '" + std::string(col[0]) + "'");
    if (cur.forms.empty()) cur.line = line;
    if (id != static_cast<int>(cur.forms.size()) + 1) {
      return Error(
          line, "ID " + std::to_string(id) + " out of order (expected " + std::to_string(cur.forms.size() + 1) + ")");
    }
    Upos upos;
    if (!UposFromName(col[3], &upos)) return Error(line, "unknown UPOS '" + std::string(col[3]) + "'");
    int head = 0;
    if (!ParseInt(col[6], &head) || head < 0) return Error(line, "bad HEAD '" + std::string(col[6]) + "'");
    if (head == id) return Error(line, "word " + std::to_string(id) + " is its own head");
    if (col[1].empty()) return Error(line, "empty FORM");
    cur.forms.emplace_back(col[1]);
    cur.upos.push_back(upos);
    cur.heads.push_back(head - 1);
    cur.deprels.push_back(DeprelId(col[7]));
    cur.deprel_names.emplace_back(col[7]);
    return Status::Ok();
  }
};

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, const std::string& name) {
  Reader r{name, {}, {}};
  std::size_t line = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line;
    if (Status s = r.Line(text.substr(pos, nl - pos), line); !s.ok()) return s;
    pos = nl + 1;
  }
  if (Status s = r.EndSentence(line + 1); !s.ok()) return s;
  return std::move(r.out);
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ParseConllu(ss.str(), path);
}

}  // namespace parley::syntax
