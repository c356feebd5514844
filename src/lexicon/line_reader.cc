#include "lexicon/line_reader.h"

#include <fstream>
#include <sstream>

namespace parley::lexicon {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitAlternatives(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = Trim(s.substr(start, end - start));
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

int ParseDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return -1;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < lens[k]; ++i) {
      char c = s[static_cast<std::size_t>(starts[k] + i)];
      if (c < '0' || c > '9') return -1;
      v[k] = v[k] * 10 + (c - '0');
    }
  int y = v[0], m = v[1], d = v[2];
  if (m < 1 || m > 12 || d < 1) return -1;
  static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) return -1;
  return y * 10000 + m * 100 + d;
}

Status ReadDictionaryFile(const std::string& path, const std::function<void(const Line&)>& on_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string raw;
  int number = 0;
  Line line;
  while (std::getline(in, raw)) {
    ++number;
    std::string_view s(raw);
    if (number == 1 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    std::size_t hash = s.find('#');
    if (hash != std::string_view::npos) s = s.substr(0, hash);
    if (Trim(s).empty()) continue;
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
    line.number = number;
    line.fields.clear();
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t end = s.find('\t', start);
      if (end == std::string_view::npos) end = s.size();
      line.fields.push_back(Trim(s.substr(start, end - start)));
      start = end + 1;
    }
    on_line(line);
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  return Status::Ok();
}

}  // namespace parley::lexicon
