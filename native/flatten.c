// One native call that copies a whole tree-sitter tree into the flat arrays of
// src/engine/copied-tree.ts. Through node-tree-sitter's cursor the copy makes five or six
// N-API calls per node, about a microsecond in all, which cost more than the parse; here
// the same cursor walk runs in C. The tree is the one node-tree-sitter parsed: its root
// arrives as the six numbers node-tree-sitter's binding marshals a node into (the
// subtree's address, the start byte, row, column and alias), and the language as the
// External that tree-sitter-python exports. The walk uses this addon's own build of the
// tree-sitter library, compiled from the sources node-tree-sitter vendors, so the
// structures it reads are laid out as in the library that made them (copied-tree.ts
// checks one tree against the cursor's copy before it trusts this one).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <node_api.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "tree_sitter/api.h"
#include "tree.h"

#define MISSING 1
#define HAS_ERROR 2
#define ERROR_SYMBOL ((TSSymbol)-1)

// node-tree-sitter parses UTF-16 text: a byte offset is twice a JS string index.
#define TO_INDEX(bytes) ((int32_t)((bytes) / 2))

#define CHECK(call) \
  do { \
    if ((call) != napi_ok) { \
      napi_throw_error(env, NULL, "pycodemod flatten: bad argument"); \
      return NULL; \
    } \
  } while (0)

static void *typed_array(napi_env env, napi_value value, napi_typedarray_type want, size_t *length) {
  napi_typedarray_type type;
  void *data;
  if (napi_get_typedarray_info(env, value, &type, length, &data, NULL, NULL) != napi_ok || type != want) return NULL;
  return data;
}

// flatten(language, root: Uint32Array(6), mayHaveMissing, type, field, flags, start, end,
//         parent, after, previous) -> node count, or -1 when the arrays are too short.
static napi_value Flatten(napi_env env, napi_callback_info info) {
  size_t argc = 11;
  napi_value argv[11];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc != 11) {
    napi_throw_error(env, NULL, "pycodemod flatten: expected 11 arguments");
    return NULL;
  }
  const TSLanguage *language;
  CHECK(napi_get_value_external(env, argv[0], (void **)&language));
  size_t length, capacity, other;
  const uint32_t *handle = typed_array(env, argv[1], napi_uint32_array, &length);
  bool may_have_missing;
  CHECK(napi_get_value_bool(env, argv[2], &may_have_missing));
  uint16_t *type = typed_array(env, argv[3], napi_uint16_array, &capacity);
  uint16_t *field = typed_array(env, argv[4], napi_uint16_array, &other);
  if (other < capacity) capacity = other;
  uint8_t *flags = typed_array(env, argv[5], napi_uint8_array, &other);
  if (other < capacity) capacity = other;
  int32_t *arrays[5];
  for (int i = 0; i < 5; i++) {
    arrays[i] = typed_array(env, argv[6 + i], napi_int32_array, &other);
    if (other < capacity) capacity = other;
  }
  int32_t *start = arrays[0], *end = arrays[1], *parent_of = arrays[2], *after = arrays[3], *previous_of = arrays[4];
  if (!handle || length < 6 || !type || !field || !flags || !start || !end || !parent_of || !after || !previous_of) {
    napi_throw_type_error(env, NULL, "pycodemod flatten: expected typed arrays");
    return NULL;
  }

  // The walk reads only the language of the tree: a tree that holds nothing else will do.
  TSTree tree;
  memset(&tree, 0, sizeof(tree));
  tree.language = language;
  TSNode root;
  memcpy(&root.id, handle, sizeof(root.id));
  for (int i = 0; i < 4; i++) root.context[i] = handle[2 + i];
  root.tree = &tree;
  if (root.id == NULL) {
    napi_throw_error(env, NULL, "pycodemod flatten: no root node");
    return NULL;
  }

  TSTreeCursor cursor = ts_tree_cursor_new(root);
  // The open ancestors of the current node.
  size_t depth = 0, room = 64;
  int32_t *parents = malloc(room * sizeof(int32_t));
  if (!parents) {
    ts_tree_cursor_delete(&cursor);
    napi_throw_error(env, NULL, "pycodemod flatten: out of memory");
    return NULL;
  }
  int32_t count = 0, parent = -1, previous = -1;
  bool too_short = false;
  for (;;) {
    if ((size_t)count >= capacity) {
      too_short = true;
      break;
    }
    int32_t index = count++;
    TSNode node = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(node);
    type[index] = symbol;
    start[index] = TO_INDEX(ts_node_start_byte(node));
    end[index] = TO_INDEX(ts_node_end_byte(node));
    parent_of[index] = parent;
    previous_of[index] = previous;
    field[index] = parent >= 0 ? ts_tree_cursor_current_field_id(&cursor) : 0;
    uint8_t node_flags = 0;
    if (may_have_missing && ts_node_is_missing(node)) node_flags = MISSING | HAS_ERROR;
    if (symbol == ERROR_SYMBOL) node_flags |= HAS_ERROR;
    flags[index] = node_flags;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (depth == room) {
        int32_t *grown = realloc(parents, 2 * room * sizeof(int32_t));
        if (!grown) {
          free(parents);
          ts_tree_cursor_delete(&cursor);
          napi_throw_error(env, NULL, "pycodemod flatten: out of memory");
          return NULL;
        }
        parents = grown;
        room *= 2;
      }
      parents[depth++] = parent;
      parent = index;
      previous = -1;
      continue;
    }
    after[index] = count;
    previous = index;
    // Close every node whose last child this was.
    bool closed = false;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (parent < 0 || !ts_tree_cursor_goto_parent(&cursor)) {
        closed = true;
        break;
      }
      after[parent] = count;
      if (may_have_missing) {
        for (int32_t child = parent + 1; child < count; child = after[child]) {
          if (flags[child] & HAS_ERROR) flags[parent] |= HAS_ERROR;
        }
      }
      previous = parent;
      parent = parents[--depth];
    }
    if (closed) break;
  }
  free(parents);
  ts_tree_cursor_delete(&cursor);
  napi_value result;
  CHECK(napi_create_int32(env, too_short ? -1 : count, &result));
  return result;
}

// symbols(language) -> [names, named]: every symbol's name and whether it is named, by id
// (the error symbol, 65535, is not among them). node-tree-sitter's own table names only
// the named ones.
static napi_value Symbols(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const TSLanguage *language;
  CHECK(napi_get_value_external(env, argv[0], (void **)&language));
  uint32_t symbol_count = ts_language_symbol_count(language);
  napi_value names, named, result;
  CHECK(napi_create_array_with_length(env, symbol_count, &names));
  CHECK(napi_create_array_with_length(env, symbol_count, &named));
  for (uint32_t symbol = 0; symbol < symbol_count; symbol++) {
    napi_value name, is_named;
    const char *text = ts_language_symbol_name(language, (TSSymbol)symbol);
    CHECK(napi_create_string_utf8(env, text ? text : "", NAPI_AUTO_LENGTH, &name));
    CHECK(napi_get_boolean(env, ts_language_symbol_type(language, (TSSymbol)symbol) == TSSymbolTypeRegular, &is_named));
    CHECK(napi_set_element(env, names, symbol, name));
    CHECK(napi_set_element(env, named, symbol, is_named));
  }
  CHECK(napi_create_array_with_length(env, 2, &result));
  CHECK(napi_set_element(env, result, 0, names));
  CHECK(napi_set_element(env, result, 1, named));
  return result;
}

// trim(): gives the memory that malloc holds free back to the system (glibc), after a
// collection has freed dead trees: each thread's arena otherwise keeps its high-water mark.
static napi_value Trim(napi_env env, napi_callback_info info) {
  (void)info;
  int released = 0;
#ifdef __GLIBC__
  released = malloc_trim(0);
#endif
  napi_value result;
  CHECK(napi_get_boolean(env, released != 0, &result));
  return result;
}

NAPI_MODULE_INIT() {
  napi_value function, version;
  // The version of node-tree-sitter whose sources this was built from: a build left over
  // from another version must not read that version's trees.
  if (napi_create_string_utf8(env, TREE_SITTER_PACKAGE_VERSION, NAPI_AUTO_LENGTH, &version) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "treeSitterVersion", version) != napi_ok) return NULL;
  if (napi_create_function(env, "flatten", NAPI_AUTO_LENGTH, Flatten, NULL, &function) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "flatten", function) != napi_ok) return NULL;
  if (napi_create_function(env, "trim", NAPI_AUTO_LENGTH, Trim, NULL, &function) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "trim", function) != napi_ok) return NULL;
  if (napi_create_function(env, "symbols", NAPI_AUTO_LENGTH, Symbols, NULL, &function) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "symbols", function) != napi_ok) return NULL;
  return exports;
}
