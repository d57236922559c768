// Tests of text: written in the next commits.
#include <doctest/doctest.h>
