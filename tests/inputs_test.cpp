// Tests of inputs: written in the next commits.
#include <doctest/doctest.h>
