// The tree-sitter library, compiled from the sources node-tree-sitter vendors (binding.gyp
// finds them): the same version, so the same layout, as the library that made the trees.
#include "lib.c"
