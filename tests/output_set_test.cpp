// Tests of output_set: written in the next commits.
#include <doctest/doctest.h>
