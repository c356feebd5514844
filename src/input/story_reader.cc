#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "lexicon/line_reader.h"
#include "parley/reader.h"
#include "text/utf8.h"

namespace parley {
namespace fs = std::filesystem;

bool IsValidDate(const std::string& date) { return lexicon::ParseDate(date) > 0; }

namespace {

std::string BaseName(const std::string& path) {
  std::string base = fs::path(path).filename().string();
  std::size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base = base.substr(0, dot);
  return base.empty() ? path : base;
}

}  // namespace

Result<Story> ParseTextStory(std::string bytes, const std::string& name) {
  if (text::LooksBinary(bytes)) return Status::InvalidInput(name + ": binary file or NUL bytes, skipped");
  Story story;
  story.id = BaseName(name);
  story.origin = name;
  story.text = std::move(bytes);
  const std::string& s = story.text;
  std::size_t pos = 0;
  if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;
  // A header "date YYYY-MM-DD" at the start, alone on its line or followed by text.
  std::size_t first = pos;
  while (first < s.size() && (s[first] == ' ' || s[first] == '\n' || s[first] == '\r' || s[first] == '\t')) ++first;
  std::string head = s.substr(first, 64);
  static const std::regex header(R"(^[Dd]ate\s*:?[ \t]+([0-9][0-9./-]*)(?=\s|$))");
  std::smatch m;
  story.body_begin = pos;
  if (std::regex_search(head, m, header)) {
    std::string date = m[1].str();
    if (!IsValidDate(date))
      return Status::InvalidInput(
          name + ":" + std::to_string(std::count(s.begin(), s.begin() + static_cast<long>(first), '\n') + 1) +
          ": unknown date '" + date + "' (want YYYY-MM-DD)");
    story.date = date;
    story.body_begin = first + static_cast<std::size_t>(m.position(0) + m.length(0));
  }
  // A trailing "Source: [title](url)" line is metadata.
  story.body_end = s.size();
  std::size_t end = s.size();
  while (end > story.body_begin && (s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == ' ')) --end;
  std::size_t last_begin = s.rfind('\n', end ? end - 1 : 0);
  last_begin = (last_begin == std::string::npos || last_begin < story.body_begin) ? story.body_begin : last_begin + 1;
  std::string last = s.substr(last_begin, end - last_begin);
  static const std::regex source(R"(^\s*Source:\s*(\[([^\]]*)\])?\s*\(?([^)\s]*)\)?\s*$)");
  if (std::regex_match(last, m, source)) {
    story.title = m[2].str();
    story.url = m[3].str();
    story.body_end = last_begin;
  }
  return story;
}

Result<Story> ParseJsonlStory(const std::string& line, const std::string& where) {
  // simdjson's DOM parser (one per thread, reused): validates UTF-8 and the whole
  // document, several times faster than a general JSON library on news records.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (auto err = parser.parse(line).get(doc); err != simdjson::SUCCESS)
    return Status::InvalidInput(
        where + (err == simdjson::DEPTH_ERROR
                     ? ": JSON nested deeper than " + std::to_string(parser.max_depth()) + " levels, skipped"
                     : std::string(": not valid JSON")));
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return Status::InvalidInput(where + ": not a JSON object");
  std::string_view text;
  if (obj["text"].get_string().get(text) != simdjson::SUCCESS)
    return Status::InvalidInput(where + ": no \"text\" string");
  Story story;
  story.origin = where;
  story.text = std::string(text);
  story.body_end = story.text.size();
  simdjson::dom::element id;
  if (obj["id"].get(id) == simdjson::SUCCESS) {
    if (id.is_string())
      story.id = std::string(id.get_string().value_unsafe());
    else if (id.is_int64())
      story.id = std::to_string(id.get_int64().value_unsafe());
    else if (id.is_uint64())
      story.id = std::to_string(id.get_uint64().value_unsafe());
    else if (!id.is_null())
      return Status::InvalidInput(where + ": \"id\" must be a string or integer");
  }
  if (story.id.empty()) story.id = where;
  simdjson::dom::element d;
  if (obj["date"].get(d) == simdjson::SUCCESS && !d.is_null()) {
    if (!d.is_string()) return Status::InvalidInput(where + ": \"date\" must be a string");
    std::string date(d.get_string().value_unsafe());
    if (date.size() > 10 && date[10] == 'T') date = date.substr(0, 10);  // ISO timestamps
    if (!IsValidDate(date)) return Status::InvalidInput(where + ": unknown date '" + date + "' (want YYYY-MM-DD)");
    story.date = date;
  }
  for (auto [key, field] : {std::pair{"title", &story.title}, {"url", &story.url}, {"dateline", &story.dateline}}) {
    simdjson::dom::element f;
    if (obj[key].get(f) != simdjson::SUCCESS || f.is_null()) continue;
    if (!f.is_string()) return Status::InvalidInput(where + ": \"" + key + "\" must be a string");
    *field = std::string(f.get_string().value_unsafe());
  }
  return story;
}

}  // namespace parley
