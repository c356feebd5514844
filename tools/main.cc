// parley: news text in, political event data out. Thin main: parses the command line
// and hands over to one file per command.
#include <exception>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"parley: codes news stories into CAMEO / PLOVER political event data"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  auto code = parley::cli::RegisterCode(app);
  auto dict = parley::cli::RegisterDict(app);
  auto eval = parley::cli::RegisterEval(app);
  auto ingest = parley::cli::RegisterIngest(app);
  auto dyad = parley::cli::RegisterDyad(app);
  auto events = parley::cli::RegisterEvents(app);
  auto serve = parley::cli::RegisterServe(app);
  auto parse = parley::cli::RegisterParse(app);
  auto search = parley::cli::RegisterSearch(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (app.got_subcommand("code")) return code();
    if (app.got_subcommand("dict")) return dict();
    if (app.got_subcommand("eval")) return eval();
    if (app.got_subcommand("ingest")) return ingest();
    if (app.got_subcommand("dyad")) return dyad();
    if (app.got_subcommand("events")) return events();
    if (app.got_subcommand("serve")) return serve();
    if (app.got_subcommand("parse")) return parse();
    if (app.got_subcommand("search")) return search();
  } catch (const std::exception& e) {
    std::cerr << "parley: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
