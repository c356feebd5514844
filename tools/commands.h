#pragma once
// `parley <command>`: each command registers its options on a CLI11 subcommand and
// runs when selected. Exit codes: 0 ok, 1 bad input or data, 2 usage.
#include <CLI/CLI.hpp>
#include <functional>

namespace parley::cli {

// Each Register* adds a subcommand and returns the function that runs it.
std::function<int()> RegisterCode(CLI::App& app);
std::function<int()> RegisterDict(CLI::App& app);
std::function<int()> RegisterEval(CLI::App& app);
std::function<int()> RegisterIngest(CLI::App& app);
std::function<int()> RegisterDyad(CLI::App& app);
std::function<int()> RegisterEvents(CLI::App& app);
std::function<int()> RegisterServe(CLI::App& app);
std::function<int()> RegisterParse(CLI::App& app);
std::function<int()> RegisterSearch(CLI::App& app);

}  // namespace parley::cli
