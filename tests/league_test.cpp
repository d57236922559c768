// Tests of league: written in the next commits.
#include <doctest/doctest.h>
