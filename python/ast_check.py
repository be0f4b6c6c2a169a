"""Python's own judgement of a rewrite: does CPython compile the output, and is its AST
the same.

Used by `pycodemod --verify` (one long-lived process per worker) and by the tests.
Reads JSON lines from stdin, one object per pair:
    {"id": ..., "before": PATH, "after": PATH, "invariant": INVARIANT}
or, with the texts themselves, {"id": ..., "before_text": STR, "after_text": STR, ...}
where INVARIANT is "parse", "ast", "ast-without-docstrings", "alpha" or
"alpha-without-docstrings" (both relaxations at once), and writes one JSON line per pair:
{"id": ..., "ok": bool, "error": str}. An input that Python itself cannot parse is
reported as {"ok": true, "skipped": reason}.
"""
import ast
import json
import sys
import warnings

from name_bindings import Bindings, same_binding_structure

warnings.simplefilter("ignore")

DOCSTRING_OWNERS = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def strip_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, DOCSTRING_OWNERS) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                node.body = node.body[1:]
    return tree


IDENTIFIER_FIELDS = {
    ast.Name: "id",
    ast.arg: "arg",
    ast.keyword: "arg",
    ast.FunctionDef: "name",
    ast.AsyncFunctionDef: "name",
    ast.ClassDef: "name",
    ast.alias: "asname",
    ast.ExceptHandler: "name",
    ast.MatchAs: "name",
    ast.MatchStar: "name",
    ast.MatchMapping: "rest",
    ast.Global: "names",
    ast.Nonlocal: "names",
}


def alpha_equivalent(before, after):
    """Same shape, and every identifier names the same binding under a one-to-one renaming
    of bindings (name_bindings.py): a local may be renamed in one function and not in
    another, but no read may come to find a different binding."""
    before_bindings, after_bindings = Bindings(before), Bindings(after)
    forward, backward = {}, {}

    def compare(a, b):
        if type(a) is not type(b):
            return False
        if isinstance(a, list):
            return len(a) == len(b) and all(compare(x, y) for x, y in zip(a, b))
        if not isinstance(a, ast.AST):
            return a == b
        renamable = IDENTIFIER_FIELDS.get(type(a))
        for field in a._fields:
            x, y = getattr(a, field, None), getattr(b, field, None)
            if field == renamable:
                keys_x, keys_y = before_bindings.keys(a), after_bindings.keys(b)
                names_x = x if isinstance(x, list) else [x]
                names_y = y if isinstance(y, list) else [y]
                if len(names_x) != len(names_y) or len(keys_x) != len(keys_y):
                    return False
                if not keys_x and names_x != names_y:
                    return False  # a field the walk does not resolve may not change
                for old, new in zip(keys_x, keys_y):
                    if not same_binding_structure(old, new, forward, backward):
                        return False
            elif not compare(x, y):
                return False
        return True

    return compare(before, after)


def source_of(pair, side):
    if side + "_text" in pair:
        return pair[side + "_text"].encode("utf-8")
    with open(pair[side], "rb") as handle:
        return handle.read()


def compiled(source):
    """The AST of a source that CPython accepts in full: the parser's checks, then the
    compiler's (an assignment to __debug__, a return outside a function, a nonlocal
    without a binding parse, yet the file cannot be imported)."""
    tree = ast.parse(source)
    compile(tree, "<pycodemod>", "exec", dont_inherit=True)
    return tree


def check(pair):
    before_source = source_of(pair, "before")
    after_source = source_of(pair, "after")
    try:
        before = compiled(before_source)
    except (SyntaxError, ValueError) as error:
        return {"ok": True, "skipped": "input does not parse: %s" % error}
    try:
        after = compiled(after_source)
    except (SyntaxError, ValueError) as error:
        return {"ok": False, "error": "output does not parse: line %s: %s" % (getattr(error, "lineno", "?"), error)}
    invariant = pair.get("invariant", "ast")
    if invariant == "parse":
        return {"ok": True}
    if invariant.endswith("without-docstrings"):
        before, after = strip_docstrings(before), strip_docstrings(after)
    if invariant.startswith("alpha"):
        ok = alpha_equivalent(before, after)
        return {"ok": ok, "error": "" if ok else "identifiers are not renamed consistently"}
    same = ast.dump(before) == ast.dump(after)
    if same:
        return {"ok": True, "error": ""}
    line = first_difference(before, after)
    return {"ok": False, "error": "the AST changed" + (" near line %s" % line if line else "")}


def shallow(node):
    """A node's own data: its type, scalar fields and the lengths of its lists."""
    values = [type(node).__name__]
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            values.append(len(value))
        elif not isinstance(value, ast.AST):
            values.append(value)
    return values


def first_difference(before, after):
    """The line (in the original) of the first node that differs, breadth first."""
    last_line = None
    for old, new in zip(ast.walk(before), ast.walk(after)):
        last_line = getattr(old, "lineno", last_line)
        if shallow(old) != shallow(new):
            return last_line
    return last_line


def main():
    # readline, not iteration: each answer must go out before the next question comes.
    for line in iter(sys.stdin.readline, ""):
        if not line.strip():
            continue
        pair = json.loads(line)
        try:
            result = check(pair)
        except Exception as error:  # a checker crash must not hide the other results
            result = {"ok": False, "error": "checker error: %r" % (error,)}
        result["id"] = pair.get("id")
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
