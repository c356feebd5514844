#include "server/event_export.h"

#include <fmt/format.h>

#include <array>

#include "lexicon/actor_code.h"

namespace parley::server {
namespace {

// A CSV cell: quoted when it holds a separator, a quote or a line break; free text that
// a spreadsheet would run as a formula gets a leading apostrophe.
std::string Csv(std::string v, bool text = true) {
  const bool formula =
      text && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r');
  const bool quote = v.find_first_of(",\"\r\n") != std::string::npos;
  if (!formula && !quote) return v;
  std::string out;
  if (quote) out.push_back('"');
  if (formula) out.push_back('\'');
  if (!quote) {
    out += v;
    return out;
  }
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// A TSV cell: tabs and line breaks become spaces.
std::string Tsv(std::string v) {
  for (char& c : v)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return v;
}

std::string Num(double g) { return fmt::format("{:.1f}", g); }

// The GDELT actor columns 1..10 of one side: Code, Name, CountryCode, KnownGroupCode,
// EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. The code
// splits into three-letter parts: a country first (lexicon::HasCountry), then types;
// else a transnational kind (IGO, NGO, MNC, IMG) as the type and the next part as the
// known group ("IGOUNO": type IGO, group UNO).
std::array<std::string, 10> ActorColumns(const std::string& code, const std::string& name) {
  std::array<std::string, 10> c;
  c[0] = code;
  c[1] = name;
  auto part = [&](std::size_t k) { return code.size() >= 3 * k + 3 ? code.substr(3 * k, 3) : std::string(); };
  if (lexicon::HasCountry(code)) {
    c[2] = part(0);
    c[7] = part(1), c[8] = part(2), c[9] = part(3);
  } else if (lexicon::Unresolved(code)) {
    c[7] = part(1), c[8] = part(2);
  } else if (code.size() >= 3 && code[0] != '@') {
    c[7] = part(0), c[3] = part(1);
  }
  return c;
}

// YYYY.FFFF: the year plus the share of it completed by the day, as GDELT writes it.
std::string FractionDate(const std::string& date) {
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int day_of_year = kBefore[m - 1] + d + (leap && m > 2 ? 1 : 0);
  return fmt::format("{:.4f}", y + (day_of_year - 1) / (leap ? 366.0 : 365.0));
}

}  // namespace

const char* const kCsvColumns =
    "event_id,date,source,target,code,name,root,quad_class,goldstein,plover,historical,num_mentions,num_sources,"
    "num_articles,story_id,url,title,sentence,modality,source_text,target_text,evidence,corrected,corrected_code,"
    "corrected_source,corrected_target";

std::string EventsCsv(const std::vector<StoredEvent>& events, const CodeNameFn& name) {
  std::string out = std::string(kCsvColumns) + "\r\n";
  for (const StoredEvent& e : events) {
    StoredMention m = e.mentions.empty() ? StoredMention{} : e.mentions.front();
    std::vector<std::string> cells = {std::to_string(e.event_id),
                                      Csv(e.date, false),
                                      Csv(e.source, false),
                                      Csv(e.target, false),
                                      Csv(e.code, false),
                                      Csv(name(e.code)),
                                      Csv(e.root, false),
                                      std::to_string(e.quad_class),
                                      Num(e.goldstein),
                                      Csv(e.plover),
                                      e.historical ? "1" : "0",
                                      std::to_string(e.num_mentions),
                                      std::to_string(e.num_sources),
                                      std::to_string(e.num_articles),
                                      Csv(m.story_id),
                                      Csv(m.url),
                                      Csv(m.title),
                                      e.mentions.empty() ? "" : std::to_string(m.sentence),
                                      Csv(m.modality),
                                      Csv(m.source_text),
                                      Csv(m.target_text),
                                      Csv(m.evidence_text)};
    const std::optional<Correction>& c = e.correction;
    cells.push_back(!c ? "" : c->wrong ? "wrong" : "fixed");
    for (auto field : {&Correction::code, &Correction::source, &Correction::target})
      cells.push_back(c && (*c).*field ? Csv(*((*c).*field), false) : "");
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out.push_back(',');
      out += cells[i];
    }
    out += "\r\n";
  }
  return out;
}

std::string EventsGdelt(const std::vector<StoredEvent>& events) {
  std::string out;
  for (const StoredEvent& e : events) {
    StoredMention m = e.mentions.empty() ? StoredMention{} : e.mentions.front();
    std::vector<std::string> c(kGdeltColumns);
    c[0] = std::to_string(e.event_id);  // GLOBALEVENTID: parley's event id
    if (e.date.size() == 10) {
      std::string ymd = e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8, 2);
      c[1] = ymd, c[2] = ymd.substr(0, 6), c[3] = ymd.substr(0, 4), c[4] = FractionDate(e.date);
    }
    auto a1 = ActorColumns(e.source, m.source_text), a2 = ActorColumns(e.target, m.target_text);
    for (int i = 0; i < 10; ++i) c[5 + i] = a1[i], c[15 + i] = a2[i];
    c[25] = std::to_string(!e.mentions.empty() && m.sentence == 0 ? 1 : 0);  // IsRootEvent: the lead sentence
    c[26] = e.code;
    c[27] = e.code.substr(0, 3);
    c[28] = e.root;
    c[29] = std::to_string(e.quad_class);
    c[30] = Num(e.goldstein);
    c[31] = std::to_string(e.num_mentions);
    c[32] = std::to_string(e.num_sources);
    c[33] = std::to_string(e.num_articles);
    // 34 AvgTone and 35..58 the geography of Actor1, Actor2 and the action: no data.
    // 59 DATEADDED: not stored. 60 SOURCEURL: the first mention's story.
    c[60] = m.url;
    for (int i = 0; i < kGdeltColumns; ++i) {
      if (i) out.push_back('\t');
      out += Tsv(c[i]);
    }
    out += "\n";
  }
  return out;
}

}  // namespace parley::server
