#include "chiso/framework.h"

#include <algorithm>
#include <cmath>

#include "chiso/suggest.h"
#include "core/number_text.h"

namespace chiso {
namespace {

bool nearly_equal(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// Sum of the leaf maxima below `index`; the tree is known to be acyclic here.
double subtree_max(std::vector<Criterion>& nodes, int index) {
  Criterion& node = nodes[index];
  if (node.is_leaf()) return node.max;
  double sum = 0;
  for (int child : node.children) sum += subtree_max(nodes, child);
  return sum;
}

// The ids along the cycle that `start` leads into, e.g. "3 -> 4 -> 3".
std::string cycle_text(const std::vector<Criterion>& nodes, int start) {
  std::string text = nodes[start].id;
  for (int at = nodes[start].parent; at != start; at = nodes[at].parent) text += " -> " + nodes[at].id;
  return text + " -> " + nodes[start].id;
}

}  // namespace

std::optional<int> Framework::find(std::string_view id) const {
  auto found = by_id_.find(std::string(id));
  if (found == by_id_.end()) return std::nullopt;
  return found->second;
}

Framework Framework::build(const std::vector<CriterionRow>& rows, Diagnostics& diagnostics) {
  Framework framework;
  std::vector<Criterion>& nodes = framework.nodes_;
  std::vector<const CriterionRow*> source;  // the row of each node
  const int errors_before = diagnostics.error_count();

  if (rows.empty()) {
    diagnostics.error({}, "the framework has no criteria");
    return framework;
  }
  for (const CriterionRow& row : rows) {
    auto [at, inserted] = framework.by_id_.emplace(row.id, static_cast<int>(nodes.size()));
    if (!inserted) {
      diagnostics.error(row.where, "duplicate criterion id " + quoted(row.id) + " (first defined on line " +
                                       std::to_string(source[at->second]->where.line) + ")");
      continue;
    }
    nodes.push_back({row.id, row.name, row.owner, row.max.value_or(0), -1, {}, -1, -1, row.where});
    source.push_back(&row);
  }

  std::vector<std::string> ids;
  for (const Criterion& node : nodes) ids.push_back(node.id);
  for (size_t i = 0; i < nodes.size(); ++i) {
    const CriterionRow& row = *source[i];
    if (row.parent.empty()) continue;
    auto parent = framework.find(row.parent);
    if (!parent) {
      std::vector<std::string> others;  // a row is never its own parent: do not suggest it
      for (const std::string& id : ids) {
        if (id != row.id) others.push_back(id);
      }
      std::string hint = closest_match(row.parent, others);
      diagnostics.error(row.parent_where, "unknown parent " + quoted(row.parent) +
                                              (hint.empty() ? "" : "; did you mean " + quoted(hint) + "?"));
      continue;
    }
    nodes[i].parent = *parent;
    nodes[*parent].children.push_back(static_cast<int>(i));
  }

  // A node is in a cycle when walking up from it never reaches a field. Report each cycle once,
  // at the node of the cycle that comes first in the file.
  std::vector<int> state(nodes.size(), 0);  // 0 unknown, 1 on the current walk, 2 reaches a root
  for (size_t i = 0; i < nodes.size(); ++i) {
    std::vector<int> walk;
    int at = static_cast<int>(i);
    while (at != -1 && state[at] == 0) {
      state[at] = 1;
      walk.push_back(at);
      at = nodes[at].parent;
    }
    if (at != -1 && state[at] == 1) {
      int first = at;
      for (int member = nodes[at].parent; member != at; member = nodes[member].parent) first = std::min(first, member);
      diagnostics.error(source[first]->where, "criterion " + quoted(nodes[first].id) +
                                                  " is its own ancestor: " + cycle_text(nodes, first));
    }
    for (int visited : walk) state[visited] = 2;
  }
  if (diagnostics.error_count() > errors_before) return framework;

  for (size_t i = 0; i < nodes.size(); ++i) {
    Criterion& node = nodes[i];
    const CriterionRow& row = *source[i];
    if (node.parent == -1) {
      node.field = static_cast<int>(framework.fields_.size());
      framework.fields_.push_back(static_cast<int>(i));
    }
    if (node.is_leaf()) {
      if (!row.max) {
        diagnostics.error(row.max_where, "criterion " + quoted(node.id) +
                                             " has no sub-criteria and no maximum; give its maximum points");
      }
      node.leaf = static_cast<int>(framework.leaves_.size());
      framework.leaves_.push_back(static_cast<int>(i));
    }
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    int at = static_cast<int>(i);
    while (nodes[at].parent != -1) at = nodes[at].parent;
    nodes[i].field = nodes[at].field;
  }
  for (int leaf : framework.leaves_) framework.leaf_field_.push_back(nodes[leaf].field);
  // A leaf without a maximum would make its parents' sums wrong too: report only the leaf.
  if (diagnostics.error_count() > errors_before) return framework;

  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].is_leaf()) continue;
    double sum = subtree_max(nodes, static_cast<int>(i));
    const CriterionRow& row = *source[i];
    if (row.max && !nearly_equal(*row.max, sum)) {
      diagnostics.error(row.max_where, "maximum of " + quoted(nodes[i].id) + " is " + number_text(*row.max) +
                                           " but its sub-criteria add up to " + number_text(sum));
    }
    nodes[i].max = sum;
  }
  for (int leaf : framework.leaves_) framework.max_ += nodes[leaf].max;
  return framework;
}

}  // namespace chiso
