// The writer of ranking.xlsx: the ranked years as a formatted workbook, with libxlsxwriter.
#pragma once

#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/io/report_writer.h"
#include "chiso/ranked_year.h"

namespace chiso {

/// ranking.xlsx, as bytes: one sheet per group of each year ("Sở, ban, ngành"; "2022 Sở, ban,
/// ngành" when several years are ranked), with STT, unit, the points of each field, points,
/// maximum, index, rank, band, the previous rank and the change in words and as a number, in
/// `options.language`; real numbers with the run's decimals as their number format; a frozen,
/// filtered header repeated on every printed page (A4 landscape, one page wide); a fill per
/// band; a bar chart of the group's indices below its table (up to 200 ranked units). Above
/// 100 sheets of groups, one sheet per year with a column of the groups instead, without charts.
/// Then a sheet of lost points (the data of lost-points.csv) when the years' losses were worked
/// out, and one of fields (the data of fields.csv); above 100,000 rows, a line pointing at the
/// CSV file instead. The same bytes on every run: the workbook is dated 1 January of the year
/// after the last year ranked. libxlsxwriter writes only to a path: the workbook is written at
/// `scratch` (OutputSet::scratch_file()), read back and removed, and libxlsxwriter's own
/// temporary files go into the folder of `scratch`, never into TMPDIR. A text longer than an
/// Excel cell holds (32,767 characters) is cut there to its first 32,766 and "…", with a warning
/// in `diagnostics` at its first cell ("ranking.xlsx:SHEET!C7"); the other files keep it whole.
/// Throws OutputError when libxlsxwriter cannot write it.
std::string ranking_xlsx(const std::vector<RankedYear>& years, const Framework& framework,
                         const ReportOptions& options, const std::string& scratch,
                         Diagnostics& diagnostics);

/// The name of a sheet made of `text`: at most 31 characters (code points), none of []:*?/\,
/// not starting or ending with an apostrophe, not ending with a space, and not empty ("-"); `taken`
/// holds the names already given, and a name equal to one of them in any case gets " (2)", " (3)"…
/// at its end.
std::string sheet_name(const std::string& text, const std::vector<std::string>& taken);

}  // namespace chiso
