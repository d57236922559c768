// The characters a name may not hold: control characters and the bidi controls that make text
// display in another order than it is stored (Trojan Source), refused where names are read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "chiso/diagnostic.h"
#include "chiso/io/csv_reader.h"

namespace chiso {

/// A character of a name that no name may hold: its byte offset and length in the name, and
/// its code point.
struct ForbiddenCharacter {
  size_t offset = 0;
  size_t length = 0;
  char32_t code_point = 0;
};

/// The first character of UTF-8 `text` that a name may not hold: a C0 control other than TAB,
/// LF and CR (U+0000–U+001F), DEL (U+007F), a C1 control (U+0080–U+009F), a bidi embedding,
/// override or isolate (U+202A–U+202E, U+2066–U+2069) or a bidi mark (U+200E, U+200F,
/// U+061C). A byte scan, without allocation: cheap enough for every name of a national file.
std::optional<ForbiddenCharacter> forbidden_character(std::string_view text);

/// "U+202E": how messages and outputs name a code point.
std::string code_point_name(char32_t code_point);

/// Whether field `field` of `record`, a name (`what`: "unit name", "band label" …), holds no
/// forbidden character; else adds an error at the character's own line and column in `file`
/// and returns false.
bool check_name(const CsvRecord& record, size_t field, const std::string& file, const char* what,
                Diagnostics& diagnostics);

/// The error check_name adds for `text` read at `where` (the start of an unquoted field), or
/// none: for the values of method.csv, read without a Diagnostics.
std::optional<Diagnostic> name_problem(std::string_view text, const Location& where, bool quoted,
                                       const char* what);

}  // namespace chiso
