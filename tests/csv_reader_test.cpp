// Tests of csv_reader: written in the next commits.
#include <doctest/doctest.h>
