"""Python's own symbol tables, for checking our scope analysis: reads file paths on
stdin, writes one JSON line per file with every function scope's locals and frees."""
import json
import symtable
import sys
import warnings

warnings.simplefilter("ignore")


def functions(table):
    for child in table.get_children():
        if child.get_type() == "function" and child.get_name() not in ("lambda", "listcomp", "setcomp", "dictcomp", "genexpr"):
            yield {
                "name": child.get_name(),
                "line": child.get_lineno(),
                "locals": sorted(child.get_locals()),
                "frees": sorted(child.get_frees()),
            }
        yield from functions(child)


for line in sys.stdin:
    path = line.strip()
    try:
        with open(path, "rb") as handle:
            table = symtable.symtable(handle.read().decode("utf-8"), path, "exec")
        result = {"path": path, "functions": list(functions(table))}
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        result = {"path": path, "error": str(error)}
    sys.stdout.write(json.dumps(result) + "\n")
