#pragma once
// Readers for the PETRARCH / TABARI dictionary formats, compiled into the same
// LexiconData as parley's own format (one engine, two dictionary sources).
//
//   actors    PHRASE_WITH_UNDERSCORES [CODE], +SYNONYM lines, TAB-indented [CODE DATES]
//             role lines (<yymmdd, >yyyymmdd, from-to); codes A/B/C are kept whole.
//   agents    PHRASE {PLURAL} [~CODE] (suffix) or [CODE~] (prefix), !MARKER! = a, b sets.
//   discards  one phrase per line; a leading '+' discards the whole story.
//   verbs     PETRARCH-1 (--- NAME [code] --- blocks, `_` joins words that must touch,
//             ` ` lets words stand between) and PETRARCH-2 / CAMEO.2.0 ({noun phrase},
//             (prepositional phrase)) patterns, &SYNSET word classes.
//
// Every line that cannot be read becomes a Diagnostic (file:line: reason); reading goes
// on with the next line. All functions are load-time only and not thread safe.
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "lexicon/line_reader.h"
#include "parley/lexicon.h"
#include "parley/status.h"

namespace parley::lexicon {

// One line of a PETRARCH file with its comments removed.
struct PetrarchLine {
  int number = 0;         // 1-based line number in the file
  bool indented = false;  // the line began with a TAB or a space
  std::string text;       // without comments, trimmed; never empty
};

// Reads `path`, dropping blank lines and comments: lines starting with `#` or `<!`,
// `<!-- ... -->` (also across lines) and anything after a `#` or `;` that stands outside
// [...] (so the code `[###]` survives). Fails only when the file cannot be read.
Status ReadPetrarchFile(const std::string& path, std::vector<PetrarchLine>* out);
// ReadPetrarchFile for a dictionary reader: a file that cannot be read is reported to
// `sink` (line 0) and false is returned.
bool ReadPetrarchFileOrReport(const std::string& path, DiagnosticSink& sink, std::vector<PetrarchLine>* out);

// The parley tokens (lower case, tokenized like story text) of a PETRARCH phrase whose
// words are joined by `_` or spaces. A trailing `_` (TABARI's "whole word") is ignored.
std::vector<std::string> PetrarchPhraseTokens(std::string_view phrase);

// The bracketed field of `line` ("[USAGOV >20170120]" -> "USAGOV >20170120"); false when
// the line has no complete [...].
bool BracketField(std::string_view line, std::string* field, std::size_t* open = nullptr);

// Parses a PETRARCH date (yymmdd, years 00-30 being 20yy; or yyyymmdd) into yyyymmdd;
// returns -1 when it is not a valid date. Like PETRARCH, 7 characters are read as yymmdd
// and more than 8 as yyyymmdd followed by ignored characters.
int ParsePetrarchDate(std::string_view s);

// Adds `code` to the CAMEO table (QuadClass 0, Goldstein 0) when the table lacks it, so
// that dictionaries with test or extension codes load without rejection.
void EnsureEventCode(const std::string& code, LexiconData* d);

void ReadPetrarchActors(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags);
void ReadPetrarchAgents(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags);
void ReadPetrarchDiscards(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags);
// Verbs files of either PETRARCH generation (petrarch_verbs.cc).
void ReadPetrarchVerbs(const std::string& path, LexiconData* d, std::vector<Diagnostic>* diags);

// The dictionary files LoadPetrarch reads from `spec`: a folder, or a folder followed by a
// file-name prefix ("dicts/PETR.Validate."). Files are picked by name: *actors* ->
// actors, *agents* -> agents, *discards* -> discards, *verbs* -> verbs; when the
// selection holds no verbs file, CAMEO*.txt from the folder is used. Of several verbs
// files only the one with the shortest name is read (PETR.Validate.verbs.txt rather than
// PETR.Validate.verbs.2.0.txt); the others are reported as warnings.
struct PetrarchFiles {
  std::vector<std::string> actors, agents, discards, verbs;
};
Status SelectPetrarchFiles(const std::string& spec, PetrarchFiles* files, std::vector<Diagnostic>* diags);

}  // namespace parley::lexicon
