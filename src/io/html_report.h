// The writer of report.html: the report's document as one self-contained HTML page, with its
// charts as inline SVG and a print stylesheet for an A4 landscape annex.
#pragma once

#include <string>
#include <string_view>

#include "io/report_document.h"

namespace chiso {

/// `text` as HTML text or an attribute's value: `&`, `<`, `>`, `"` and `'` as character
/// references, TAB, CR and LF as spaces, and any other character a name may not hold as U+FFFD.
std::string html_text(std::string_view text);

/// `text` (a document's text) as HTML: names escaped, file names in <code>.
std::string html_document_text(std::string_view text);

/// report.html: `document` as a UTF-8 HTML5 page that is also well-formed XML, with no
/// reference to anything outside it.
std::string html_document(const ReportDocument& document);

}  // namespace chiso
