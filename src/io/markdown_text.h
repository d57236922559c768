// Names and other outside text inside chiso's Markdown outputs, where they must read as the
// text they are: never as a table's cell break, a link, an image, a code span or HTML.
#pragma once

#include <string>
#include <string_view>

namespace chiso {

/// `text` as literal Markdown, in a table cell, a heading, a list item or a sentence: `\`,
/// '`', `*`, `~`, `[`, `]`, `|` and `_` (but not between two letters or digits, where it
/// starts no emphasis) are backslash-escaped; `<`, `>` and `&` become
/// `&lt;`, `&gt;` and `&amp;`; a `#`, `+` or `-` that starts it and is followed by a space or
/// by itself, or the `.`/`)` of a leading number such as "1. ", is escaped so that it starts
/// no heading, list or rule, and so is a '#' run that ends it after a space ("Sở #"), which
/// a heading would drop; TAB, CR and LF
/// become spaces, and any other character check_name refuses becomes U+FFFD.
std::string markdown_text(std::string_view text);

/// `text` (a file name) as a Markdown code span: between enough backticks, line breaks as
/// spaces, refused characters as U+FFFD.
std::string markdown_code(std::string_view text);

}  // namespace chiso
