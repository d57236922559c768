#include "io/cell_memory.h"

#include <sys/mman.h>

#include <new>

namespace chiso {
namespace {

double* map_cells(size_t count) {
  const size_t bytes = count * sizeof(double);
  void* block = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (block == MAP_FAILED) throw std::bad_alloc();
  ::madvise(block, bytes, MADV_HUGEPAGE);
  return static_cast<double*>(block);
}

void unmap_cells(double* block, size_t count) { ::munmap(block, count * sizeof(double)); }

}  // namespace

CellMemory mapped_cell_memory() { return {map_cells, unmap_cells}; }

}  // namespace chiso
