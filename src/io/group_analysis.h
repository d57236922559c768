// The report's sections on one group's analysis, as blocks of the report's document.
#pragma once

#include <cstddef>

#include "chiso/framework.h"
#include "chiso/io/report_writer.h"
#include "chiso/ranked_year.h"
#include "io/report_document.h"

namespace chiso {

/// Adds to `document` where group `group` (an index of `analysis.losses`) lost points and, with
/// a self-assessment, how it compares with the appraisal.
void add_group_analysis(ReportDocument& document, const YearAnalysis& analysis, size_t group,
                        const Framework& framework, Language language, int decimals);

}  // namespace chiso
