#include "chiso/io/inputs.h"

#include "chiso/io/framework_reader.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/sheet_facts.h"
#include "chiso/io/tables_reader.h"
#include "chiso/io/text.h"
#include "io/cell_memory.h"
#include "io/scores_summed.h"

namespace chiso {
namespace {

// Runs one file's reader; a syntax error stops that file only, so that the other files are
// still read and every problem is reported in one run.
template <typename Read>
bool read_file(Diagnostics& diagnostics, Read read) {
  try {
    read();
    return true;
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
    return false;
  }
}

// The years of scores added up as they were read: each year's results taken from the sums.
class SummedYears final : public ScoredYears {
 public:
  SummedYears(const ScoreTable& scores, const RowSums& sums) : scores_(scores), sums_(sums) {}
  const std::vector<std::string>& units() const override { return scores_.units(); }
  std::vector<int> years() const override { return scores_.years(); }
  std::vector<UnitResult> results(int year, Detail detail) const override {
    // Node subtotals were never kept: read_inputs adds up only for runs that need none.
    if (detail == Detail::kNodes) throw std::logic_error("summed scores have no node subtotals");
    std::vector<UnitResult> of_year;
    const std::vector<UnitYear>& rows = scores_.rows();
    for (size_t row = 0; row < rows.size(); ++row) {
      if (rows[row].year == year)
        of_year.push_back(sums_.result(scores_, static_cast<int>(row), detail == Detail::kFields));
    }
    return of_year;
  }

 private:
  const ScoreTable& scores_;
  const RowSums& sums_;
};

}  // namespace

ReadOptions read_options(const InputFiles& files) {
  ReadOptions options;
  if (!files.delimiter.empty())
    options.delimiter = files.delimiter == "tab" ? '\t' : files.delimiter[0];
  options.not_applicable = files.not_applicable;
  options.no_thousands = files.no_thousands;
  options.encoding = encoding_named(files.encoding).value_or(Encoding::kDetect);
  for (const std::string& column : files.columns)
    options.columns.push_back(parse_column_choice(column));
  options.headers_read = files.headers_read;
  return options;
}

MissingScores missing_scores(const InputFiles& files) {
  return files.missing == "zero" ? MissingScores::kZero : MissingScores::kError;
}

std::unique_ptr<ScoredYears> Inputs::scored_years() const {
  if (sums) return std::make_unique<SummedYears>(scores, *sums);
  return std::make_unique<TableYears>(framework, scores);
}

League Inputs::league(const ScoredYears& scored, const RankOptions& options) const {
  return {framework,    scored,  scores,
          groups,       bands,   options,
          excluded,     renames, has_previous ? &previous : nullptr,
          previous_file};
}

Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics, bool sums_will_do) {
  diagnostics.set_strict(files.strict);
  const ReadOptions options = read_options(files);
  Inputs inputs;
  std::string framework_path = files.framework;
  std::string bands_path = files.bands;
  if (!files.method.empty()) {
    inputs.method = find_method(files.method);
    framework_path = inputs.method->framework_path();
    if (inputs.method->has_bands()) bands_path = inputs.method->bands_path();
  }
  const int errors_before = diagnostics.error_count();
  SheetFacts facts;
  read_file(diagnostics,
            [&] { inputs.framework = read_framework(framework_path, options, diagnostics); });
  const bool has_framework = diagnostics.error_count() == errors_before;
  if (has_framework) {
    std::optional<SummedScores> summed;
    if (sums_will_do && files.scores.size() == 1) {
      summed = read_scores_summed(parse_scores_source(files.scores.front()), inputs.framework,
                                  options, diagnostics);
    }
    if (summed) {
      inputs.scores = std::move(summed->table);
      inputs.sums = std::make_shared<const RowSums>(std::move(summed->sums));
    } else {
      inputs.scores =
          ScoreTable(static_cast<int>(inputs.framework.leaves().size()), mapped_cell_memory());
      for (const std::string& argument : files.scores) {
        read_file(diagnostics, [&] {
          read_scores(parse_scores_source(argument), inputs.framework, inputs.scores, options,
                      diagnostics, &facts);
        });
      }
    }
  }
  if (!files.units.empty()) {
    read_file(diagnostics, [&] { inputs.groups = read_units(files.units, options, diagnostics); });
    inputs.has_units = true;
  }
  if (!bands_path.empty()) {
    read_file(diagnostics, [&] { inputs.bands = read_bands(bands_path, options, diagnostics); });
  }
  if (!files.excluded.empty()) {
    read_file(diagnostics,
              [&] { inputs.excluded = read_exclusions(files.excluded, options, diagnostics); });
  }
  if (!files.previous.empty()) {
    read_file(diagnostics,
              [&] { inputs.previous = read_previous(files.previous, options, diagnostics); });
    inputs.has_previous = true;
    inputs.previous_file = files.previous;
  }
  if (!facts.groups.empty() && (files.units.empty() || !inputs.groups.order.empty()))
    add_sheet_groups(inputs.groups, inputs.scores, facts, files.units, diagnostics);
  // (A units file that could not be read has no groups to check against.)
  if (!inputs.bands.empty() && (files.units.empty() || !inputs.groups.order.empty())) {
    check_band_groups(inputs.bands, inputs.groups.order,
                      files.units.empty() ? facts.group_file : files.units, diagnostics);
  }
  if (!files.renames.empty()) {
    read_file(diagnostics,
              [&] { inputs.renames = read_renames(files.renames, options, diagnostics); });
  }
  check_column_choices(options);
  if (!has_framework || diagnostics.has_errors()) return inputs;

  // Scores added up as they were read had nothing for check_scores to report.
  if (!inputs.sums)
    check_scores(inputs.framework, inputs.scores, diagnostics, missing_scores(files));
  if (!diagnostics.has_errors())
    check_totals(inputs.framework, inputs.scores, facts.totals, diagnostics);
  match_units(inputs, files, diagnostics);
  return inputs;
}

ScoreTable read_self(const std::vector<std::string>& self_files, const InputFiles& files,
                     const Inputs& inputs, Diagnostics& diagnostics) {
  ScoreTable self(static_cast<int>(inputs.framework.leaves().size()));
  ReadOptions options = read_options(files);
  for (const std::string& argument : self_files) {
    read_file(diagnostics, [&] {
      read_scores(parse_scores_source(argument), inputs.framework, self, options, diagnostics);
    });
  }
  if (!diagnostics.has_errors())
    check_scores(inputs.framework, self, diagnostics, missing_scores(files));
  // Each unit as the appraised scores print it, so that the two are matched by name.
  for (size_t unit = 0; unit < self.units().size(); ++unit) {
    if (std::optional<int> found = inputs.scores.find_unit(unit_key(self.units()[unit]))) {
      self.rename_unit(static_cast<int>(unit), inputs.scores.units()[static_cast<size_t>(*found)]);
    }
  }
  return self;
}

}  // namespace chiso
