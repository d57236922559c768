#include "chiso/framework.h"

#include <algorithm>
#include <cmath>

#include "chiso/message.h"
#include "chiso/suggest.h"
#include "core/number_text.h"

namespace chiso {
namespace {

constexpr int kSuggestedParents = 50;

bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// The ids along the cycle that `start` leads into, e.g. "3 -> 4 -> 3".
std::string cycle_text(const std::vector<Criterion>& nodes, int start) {
  std::string text = nodes[start].id;
  for (int at = nodes[start].parent; at != start; at = nodes[at].parent)
    text += " -> " + nodes[at].id;
  return text + " -> " + nodes[start].id;
}

// How `children` combine: `given` when the framework says, else weighted when they carry
// weights, else summed. Reports weights on some siblings only, weights that are not positive,
// and weights that were meant to add up to 1 or 100 and do not.
Combine combine_children(const std::vector<Criterion>& nodes,
                         const std::vector<const CriterionRow*>& source,
                         const std::vector<int>& children, std::optional<Combine> given,
                         const std::string& what, Diagnostics& diagnostics) {
  int weighted = 0;
  double total = 0;
  for (int child : children) {
    const CriterionRow& row = *source[child];
    if (!row.weight) continue;
    ++weighted;
    total += *row.weight;
    if (*row.weight <= 0)
      diagnostics.error(row.weight_where, tr("weight of '{}' must be greater than 0", row.id));
  }
  if (weighted > 0 && weighted < static_cast<int>(children.size())) {
    for (int child : children) {
      if (!source[child]->weight) {
        diagnostics.error(
            source[child]->weight_where,
            tr("criterion '{}' has no weight but its siblings do; give each of {} a weight",
               nodes[child].id, what));
        break;
      }
    }
  }
  const Combine combine = given.value_or(weighted > 0 ? Combine::kWeighted : Combine::kSum);
  if (combine == Combine::kWeighted && weighted == 0 && !children.empty()) {
    diagnostics.error(source[children.front()]->weight_where,
                      tr("the weighted mean of {} needs a weight on each of them", what));
  }
  if (combine == Combine::kWeighted && weighted == static_cast<int>(children.size())) {
    for (double meant : {1.0, 100.0}) {
      if (std::fabs(total - meant) < 0.1 * meant && !nearly_equal(total, meant)) {
        diagnostics.warning(source[children.front()]->weight_where,
                            tr("the weights of {} add up to {}, not {}; they are used in "
                               "proportion to their sum",
                               what, number_text(total), number_text(meant)));
      }
    }
  }
  return combine;
}

}  // namespace

bool Framework::has_normalised_leaves() const {
  for (int leaf : leaves_) {
    if (nodes_[leaf].normalise != Normalise::kNone) return true;
  }
  return false;
}

std::optional<int> Framework::find(std::string_view id) const {
  auto found = by_id_.find(id);
  if (found == by_id_.end()) return std::nullopt;
  return found->second;
}

Framework Framework::build(const std::vector<CriterionRow>& rows, Diagnostics& diagnostics) {
  Framework framework;
  if (rows.empty()) {
    diagnostics.error({}, tr("the framework has no criteria"));
    return framework;
  }
  const int errors_before = diagnostics.error_count();
  const NodeRows source = framework.add_nodes(rows, diagnostics);
  framework.link_parents(source, diagnostics);
  framework.report_cycles(source, diagnostics);
  if (diagnostics.error_count() > errors_before) return framework;
  framework.find_fields_and_leaves(source, diagnostics);
  framework.order_nodes();
  // A leaf without a maximum would make its parents' sums wrong too: report only the leaf.
  if (diagnostics.error_count() > errors_before) return framework;
  framework.choose_combines(source, diagnostics);
  framework.add_up_maxima(source, diagnostics);
  return framework;
}

Framework::NodeRows Framework::add_nodes(const std::vector<CriterionRow>& rows,
                                         Diagnostics& diagnostics) {
  NodeRows source;
  for (const CriterionRow& row : rows) {
    auto [at, inserted] = by_id_.emplace(row.id, static_cast<int>(nodes_.size()));
    if (!inserted) {
      diagnostics.error(row.where, tr("duplicate criterion id '{}' (first defined on {})", row.id,
                                      line_name(source[at->second]->where)));
      continue;
    }
    Criterion node;
    node.id = row.id;
    node.name = row.name;
    node.owner = row.owner;
    node.aliases = row.aliases;
    node.max = row.max.value_or(0);
    node.weight = row.weight.value_or(1);
    node.combine = row.combine.value_or(Combine::kSum);
    node.normalise = row.normalise;
    node.direction = row.direction;
    node.low = row.low;
    node.high = row.high;
    node.where = row.where;
    nodes_.push_back(std::move(node));
    source.push_back(&row);
  }
  return source;
}

void Framework::link_parents(const NodeRows& source, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  for (const Criterion& node : nodes_) ids.push_back(node.id);
  int unknown_parents = 0;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const CriterionRow& row = *source[i];
    if (row.parent.empty()) continue;
    auto parent = find(row.parent);
    if (!parent) {
      // Each suggestion looks at every id: only the first few errors, the ones a listing
      // shows, get one, so that 100,000 unknown parents are not 10^10 comparisons.
      std::string hint;
      if (++unknown_parents <= kSuggestedParents) {
        std::vector<std::string> others;  // a row is never its own parent: do not suggest it
        for (const std::string& id : ids) {
          if (id != row.id) others.push_back(id);
        }
        hint = closest_match(row.parent, others);
      }
      diagnostics.error(row.parent_where,
                        tr("unknown parent '{}'", row.parent) +
                            (hint.empty() ? "" : tr("; did you mean '{}'?", hint)));
      continue;
    }
    nodes_[i].parent = *parent;
    nodes_[*parent].children.push_back(static_cast<int>(i));
  }
}

void Framework::report_cycles(const NodeRows& source, Diagnostics& diagnostics) const {
  // A node is in a cycle when walking up from it never reaches a field. Report each cycle once,
  // at the node of the cycle that comes first in the file.
  std::vector<int> state(nodes_.size(), 0);  // 0 unknown, 1 on the current walk, 2 reaches a root
  for (size_t i = 0; i < nodes_.size(); ++i) {
    std::vector<int> walk;
    int at = static_cast<int>(i);
    while (at != -1 && state[at] == 0) {
      state[at] = 1;
      walk.push_back(at);
      at = nodes_[at].parent;
    }
    if (at != -1 && state[at] == 1) {
      int first = at;
      for (int member = nodes_[at].parent; member != at; member = nodes_[member].parent)
        first = std::min(first, member);
      diagnostics.error(source[first]->where, tr("criterion '{}' is its own ancestor: {}",
                                                 nodes_[first].id, cycle_text(nodes_, first)));
    }
    for (int visited : walk) state[visited] = 2;
  }
}

void Framework::find_fields_and_leaves(const NodeRows& source, Diagnostics& diagnostics) {
  for (size_t i = 0; i < nodes_.size(); ++i) {
    Criterion& node = nodes_[i];
    const CriterionRow& row = *source[i];
    if (node.parent == -1) {
      node.field = static_cast<int>(fields_.size());
      fields_.push_back(static_cast<int>(i));
    }
    if (node.is_leaf()) {
      if (!row.max) {
        diagnostics.error(
            row.max_where,
            tr("criterion '{}' has no sub-criteria and no maximum; give its maximum points",
               node.id));
      }
      node.leaf = static_cast<int>(leaves_.size());
      leaves_.push_back(static_cast<int>(i));
    }
  }
}

void Framework::order_nodes() {
  // Children before parents, so that every maximum below a node is known when it is reached.
  std::vector<std::pair<int, size_t>> stack;
  for (auto field = fields_.rbegin(); field != fields_.rend(); ++field)
    stack.push_back({*field, 0});
  while (!stack.empty()) {
    auto& [at, next] = stack.back();
    if (next < nodes_[at].children.size()) {
      stack.push_back({nodes_[at].children[next++], 0});
      continue;
    }
    bottom_up_.push_back(at);
    stack.pop_back();
  }
  // Parents before children: each node takes its field and level from its parent, so that a
  // framework 100,000 levels deep is not walked to the root from every node.
  for (auto at = bottom_up_.rbegin(); at != bottom_up_.rend(); ++at) {
    Criterion& node = nodes_[*at];
    if (node.parent == -1) continue;
    node.field = nodes_[node.parent].field;
    node.level = nodes_[node.parent].level + 1;
  }
  for (int leaf : leaves_) leaf_field_.push_back(nodes_[leaf].field);
}

void Framework::choose_combines(const NodeRows& source, Diagnostics& diagnostics) {
  root_combine_ =
      combine_children(nodes_, source, fields_, std::nullopt, tr("the fields"), diagnostics);
  for (size_t i = 0; i < nodes_.size(); ++i) {
    Criterion& node = nodes_[i];
    const CriterionRow& row = *source[i];
    if (!node.is_leaf()) {
      node.combine = combine_children(nodes_, source, node.children, row.combine,
                                      tr("the sub-criteria of '{}'", node.id), diagnostics);
      if (row.normalise != Normalise::kNone) {
        diagnostics.error(
            row.where,
            tr("criterion '{}' has sub-criteria; only leaves can be normalised", node.id));
      }
    }
    if (row.low && row.high && *row.low == *row.high) {
      diagnostics.error(
          row.where,
          tr("goalposts of '{}' are equal; the high one must differ from the low one", node.id));
    }
  }
}

void Framework::add_up_maxima(const NodeRows& source, Diagnostics& diagnostics) {
  for (int at : bottom_up_) {
    Criterion& node = nodes_[at];
    if (node.is_leaf()) continue;
    double sum = 0;
    for (int child : node.children) sum += nodes_[child].max;
    const CriterionRow& row = *source[at];
    // A summed node's maximum is its children's; a mean is on a scale of its own (PCI's 10).
    if (row.max && node.combine == Combine::kSum && !nearly_equal(*row.max, sum)) {
      diagnostics.error(row.max_where, tr("maximum of '{}' is {} but its sub-criteria add up to {}",
                                          node.id, number_text(*row.max), number_text(sum)));
    }
    node.max = row.max && node.combine != Combine::kSum ? *row.max : sum;
  }
  for (int field : fields_) max_ += nodes_[field].max;
}

}  // namespace chiso
