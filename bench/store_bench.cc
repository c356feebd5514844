// Event store benchmark: ingest rate of the store alone (no coding) and dyad query
// latency over a large table. Synthetic stories with realistic shape: ~200 actor codes
// (countries and country+agent codes), 10 years of dates, 20 CAMEO codes, 8 events per
// story, a share of events repeated across stories (merged, GDELT-style).
//
// Usage: parley_store_bench --db PATH_OR_URI [--events N] [--queries Q] [--batch STORIES]
// Prints one line per figure: "ingest_events_per_s 61234", "dyad_ms_median 12.3", ...
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "parley/store.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  long n_events = 1000000, n_queries = 21, batch_stories = 500;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    if (k == "--db") db = argv[i + 1];
    if (k == "--events") n_events = std::atol(argv[i + 1]);
    if (k == "--queries") n_queries = std::atol(argv[i + 1]);
    if (k == "--batch") batch_stories = std::max(1L, std::atol(argv[i + 1]));
  }
  if (db.empty()) {
    std::fprintf(stderr, "usage: parley_store_bench --db PATH_OR_URI [--events N] [--queries Q]\n");
    return 2;
  }
  auto opened = parley::EventStore::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().message().c_str());
    return 1;
  }
  auto& store = opened.value();

  std::mt19937 rng(42);
  const char* countries[] = {"ARM", "AZE", "RUS", "UKR", "USA", "CHN", "IRN", "ISR", "PSE", "TUR",
                             "SYR", "IRQ", "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "SAU", "EGY",
                             "NGA", "KEN", "ETH", "SDN", "VEN", "COL", "MEX", "BRA", "JPN", "KOR",
                             "PRK", "TWN", "PHL", "IDN", "MMR", "LBN", "YEM", "LBY", "MLI", "SOM"};
  const char* agents[] = {"", "", "", "GOV", "MIL", "OPP", "REB", "COP", "CVL"};
  struct Code {
    const char* code;
    int quad;
    double goldstein;
  };
  const Code codes[] = {{"010", 1, 0},   {"020", 1, 3},   {"036", 1, 4},   {"040", 1, 1},    {"042", 1, 1.9},
                        {"043", 1, 2.8}, {"046", 1, 7},   {"051", 1, 3.4}, {"057", 1, 8},    {"061", 2, 6.4},
                        {"0841", 2, 7},  {"111", 3, -2},  {"112", 3, -2},  {"130", 3, -4.4}, {"163", 4, -8},
                        {"173", 4, -5},  {"190", 4, -10}, {"193", 4, -10}, {"195", 4, -10},  {"1823", 4, -9}};
  std::uniform_int_distribution<int> country(0, 39), agent(0, 8), code(0, 19), day(0, 3650), repeat(0, 9);
  auto actor = [&] { return std::string(countries[country(rng)]) + agents[agent(rng)]; };
  auto date_of = [](int d) {
    int y = 2015 + d / 365, doy = d % 365, m = doy / 31 + 1, dd = doy % 28 + 1;
    return fmt::format("{:04d}-{:02d}-{:02d}", y, std::min(m, 12), dd);
  };

  // Build all stories first, so that only the store is timed.
  const int per_story = 8;
  std::vector<parley::Story> stories;
  std::vector<std::vector<parley::Event>> events;
  std::vector<parley::Event> recent;  // events that later stories repeat
  for (long e = 0, s = 0; e < n_events; ++s) {
    parley::Story st;
    st.id = fmt::format("bench-{}", s);
    st.url = fmt::format("https://site{}.example.com/{}", s % 50, s);
    st.date = date_of(day(rng));
    st.text = fmt::format("Synthetic story {} for the store benchmark.", s);
    st.body_end = st.text.size();
    std::vector<parley::Event> ev;
    for (int k = 0; k < per_story && e < n_events; ++k, ++e) {
      parley::Event x;
      if (!recent.empty() && repeat(rng) == 0) {
        x = recent[rng() % recent.size()];  // the same event reported again
      } else {
        const Code& c = codes[code(rng)];
        x.date = st.date;
        x.source.code = actor();
        do x.target.code = actor();
        while (x.target.code == x.source.code);
        if (rng() % 20 == 0) x.source.code = "ARM", x.target.code = "AZE";  // a busy dyad
        x.code = c.code, x.root = std::string(c.code, 2), x.quad_class = c.quad, x.goldstein = c.goldstein;
        x.plover = "BENCH";
        x.source.text = x.source.code, x.target.text = x.target.code;
        x.evidence_text = st.text, x.evidence_end = st.text.size();
        if (recent.size() < 10000) recent.push_back(x);
      }
      x.story_id = st.id;
      ev.push_back(std::move(x));
    }
    stories.push_back(std::move(st));
    events.push_back(std::move(ev));
  }

  parley::IngestStats stats;
  auto t0 = Clock::now();
  const auto batch = static_cast<std::size_t>(batch_stories);
  for (std::size_t i = 0; i < stories.size(); ++i) {
    if (i % batch == 0 && !store->BeginBatch().ok()) return 1;
    auto r = store->AddStory(stories[i], events[i], &stats);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      return 1;
    }
    if (i % batch == batch - 1 || i + 1 == stories.size()) {
      if (!store->CommitBatch().ok()) return 1;
      std::fprintf(stderr, "\r%zu / %zu stories", i + 1, stories.size());
    }
  }
  double ingest = Seconds(t0, Clock::now());
  std::fprintf(stderr, "\n");
  auto counts = store->Counts().value();
  fmt::print("stories {}\nevent_rows {}\nmentions {}\n", counts.stories, counts.events, counts.mentions);
  fmt::print("ingest_seconds {:.2f}\ningest_events_per_s {:.0f}\n", ingest,
             static_cast<double>(stats.mentions) / ingest);

  // Dyad queries: the busy dyad (whole table, by month and day) and random dyads.
  std::vector<double> busy, busy_day, random;
  long rows = 0;
  for (long q = 0; q < n_queries; ++q) {
    parley::DyadQuery dq;
    dq.a = "ARM", dq.b = "AZE", dq.by = parley::Period::kMonth;
    auto a = Clock::now();
    rows = static_cast<long>(store->Dyad(dq).value().size());
    busy.push_back(Seconds(a, Clock::now()) * 1000);
    dq.by = parley::Period::kDay;
    a = Clock::now();
    store->Dyad(dq).value();
    busy_day.push_back(Seconds(a, Clock::now()) * 1000);
    dq.a = countries[country(rng)], dq.b = countries[country(rng)];
    a = Clock::now();
    store->Dyad(dq).value();
    random.push_back(Seconds(a, Clock::now()) * 1000);
  }
  parley::EventQuery eq;
  eq.dyad_a = "ARM", eq.dyad_b = "AZE";
  std::size_t busy_events = store->Events(eq).value().size();
  fmt::print("busy_dyad_events {}\ndyad_rows_by_month {}\n", busy_events, rows);
  fmt::print("dyad_ms_median {:.2f}\ndyad_by_day_ms_median {:.2f}\nrandom_dyad_ms_median {:.2f}\n", Median(busy),
             Median(busy_day), Median(random));
  return 0;
}
