// `parley dict check` and `parley dict stats`.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "lexicon_loader.h"
#include "parley/lexicon.h"

namespace parley::cli {

std::function<int()> RegisterDict(CLI::App& app) {
  auto* dict = app.add_subcommand("dict", "Check dictionaries or count what they hold");
  dict->require_subcommand(1);
  auto dir = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto* check = dict->add_subcommand("check", "Validate every dictionary file; report each problem as file:line");
  check->add_option("--dict", *dir, "Dictionary folder (default: parley's data/)");
  auto* stats = dict->add_subcommand("stats", "Count countries, actors, people, agents and patterns");
  stats->add_option("--dict", *dir, "Dictionary folder (default: parley's data/)");
  stats->add_flag("--json", *json, "Print one JSON object");
  return [=]() {
    std::vector<Diagnostic> diags;
    auto lex = Lexicon::Load(dir->empty() ? DefaultDataDir() : *dir, &diags);
    std::size_t errors = 0;
    for (const Diagnostic& d : diags) {
      if (d.severity == Diagnostic::Severity::kError) ++errors;
      if (check->parsed()) std::cerr << d.ToString() << "\n";
    }
    if (!lex.ok()) {
      std::cerr << "parley: " << lex.status().message() << "\n";
      return 1;
    }
    LexiconStats s = lex.value()->Stats();
    if (check->parsed()) {
      std::cerr << "dict check: " << errors << " errors, " << (diags.size() - errors) << " warnings; " << s.actors
                << " actors, " << s.agents << " agent nouns, " << s.verb_patterns << " event patterns\n";
      return errors ? 1 : 0;
    }
    nlohmann::ordered_json j = {{"countries", s.countries},
                                {"actors", s.actors},
                                {"actor_names", s.actor_names},
                                {"people", s.people},
                                {"dated_roles", s.dated_roles},
                                {"organisations", s.organisations},
                                {"agents", s.agents},
                                {"verb_patterns", s.verb_patterns},
                                {"cameo_codes_covered", s.cameo_codes_covered},
                                {"cameo_codes_total", s.cameo_codes_total}};
    if (*json) {
      std::cout << j.dump() << "\n";
    } else {
      for (auto& [k, v] : j.items()) std::cout << k << "\t" << v << "\n";
    }
    return 0;
  };
}

}  // namespace parley::cli
