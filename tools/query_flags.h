#pragma once
// The checks of the query options that `parley events` and `parley dyad` take, the
// same as the HTTP API makes (a clear message and exit 2 instead of an empty answer
// or an SQL error): actor codes (case-insensitive), CAMEO codes, dates, --db.
// Each returns "" when the value is good, else the message.
#include <string>

#include "lexicon/cameo_table.h"

namespace parley::cli {

// Upper-cases `*code` ("usa" -> "USA") and checks that it is an actor code prefix:
// capitals, digits and '-', 1 to 15 characters.
std::string NormaliseActor(const std::string& what, std::string* code);

// "A,B" into two actor codes, each normalised.
std::string SplitDyad(const std::string& value, std::string* a, std::string* b);

// 1 to 4 digits that begin some code of the CAMEO table (so 21 and 0999 are refused).
std::string CheckCameoCode(const std::string& code, const lexicon::CameoTable& cameo);

// Valid dates, and --from not after --to.
std::string CheckDateRange(const std::string& from, const std::string& to);

// A SQLite path that is a directory is no database (PostgreSQL URIs pass).
std::string CheckDbPath(const std::string& db);

// The CAMEO table of parley's data folder (names of codes); empty when missing.
const lexicon::CameoTable& CameoCodes();
// The CAMEO name of `code` ("" when unknown), as the API's records carry it.
std::string CodeName(const std::string& code);

}  // namespace parley::cli
