// The words of ranking.xlsx in each language that the report does not share (report_phrases.h
// has those): its sheets' names, its own columns' headings, its charts' titles, its printed
// pages' footer and the lines that point at a CSV file instead of a sheet too long.
#pragma once

#include "chiso/io/report_writer.h"  // Language

namespace chiso {

/// The workbook's own words, beside the report's (report_phrases.h).
struct WorkbookWords {
  const char* number;        // the STT column
  const char* year_group;    // a sheet of one group in one of several years: {year} {group}
  const char* chart_title;   // {index} {group}
  const char* lost_sheet;    // the sheet of lost-points.csv
  const char* fields_sheet;  // the sheet of fields.csv
  const char* year;          // columns of those sheets
  const char* group;
  const char* level;
  const char* id;
  const char* name;
  const char* owner;
  const char* points_lost;
  const char* units_losing;
  const char* units;
  const char* share_losing;
  const char* achievement;
  const char* contribution;
  const char* field_id;
  const char* field_name;
  const char* page;             // the printed pages' footer: Excel's &P and &N codes
  const char* too_many_fields;  // the fields sheet of more rows than a sheet holds
  const char* too_many_losses;
};

/// The workbook's words in `language`.
const WorkbookWords& workbook_words(Language language);

}  // namespace chiso
