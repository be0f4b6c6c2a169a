"""Which binding every identifier of a module names, by Python's scoping rules.

ast_check.py judges renames with it: two trees are alpha-equivalent when they have the
same shape and their identifiers name the same bindings, up to a one-to-one renaming of
bindings (not of spellings: `dest` may become `destination` in one function and stay
`dest` in another, but no read may change the binding it finds).

A binding is a pair (scope number, name); scopes are numbered in the order the walk
meets them, which is the same in two trees of the same shape. Keyword arguments name a
parameter of the callee, so their key is the callee's key and the keyword. Names that
nothing in the module binds (builtins, star imports) are "free" and keep their spelling.
"""
import ast

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


class Scope:
    def __init__(self, number, kind, parent):
        self.number = number
        self.kind = kind
        self.parent = parent
        self.bound = set()
        self.globals = set()
        self.nonlocals = set()

    def module(self):
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope


class Bindings:
    """Walks a module once; `keys(node)` then gives the binding keys of its identifier field."""

    def __init__(self, tree):
        self.scopes = []
        # id(node) -> [(scope, name) or ("keyword", callee, name)], resolved lazily.
        self.pending = {}
        self.nodes = []  # keeps the nodes alive, so their ids stay unique
        self.visit(tree, self.new_scope("module", None))

    def new_scope(self, kind, parent):
        scope = Scope(len(self.scopes), kind, parent)
        self.scopes.append(scope)
        return scope

    def record(self, node, scope, names, bind=False):
        self.nodes.append(node)
        self.pending[id(node)] = [(scope, name) for name in names]
        if bind:
            scope.bound.update(name for name in names if name is not None)

    # The walk: which scope each identifier is evaluated in, and what each scope binds.

    def visit_all(self, nodes, scope):
        for node in nodes:
            if node is not None:
                self.visit(node, scope)

    def visit_arguments(self, arguments, outer, inner):
        every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
        every += [arg for arg in (arguments.vararg, arguments.kwarg) if arg is not None]
        self.visit_all(arguments.defaults + arguments.kw_defaults, outer)
        for arg in every:
            self.visit_all([arg.annotation], outer)
            self.record(arg, inner, [arg.arg], bind=True)

    def visit(self, node, scope):
        if isinstance(node, ast.Module):
            self.visit_all(node.body, scope)
        elif isinstance(node, FUNCTIONS + (ast.Lambda,)):
            inner = self.new_scope("function", scope)
            if not isinstance(node, ast.Lambda):
                self.visit_all(node.decorator_list + [node.returns], scope)
                self.record(node, scope, [node.name], bind=True)
            self.visit_arguments(node.args, scope, inner)
            self.visit_all(node.body if isinstance(node.body, list) else [node.body], inner)
        elif isinstance(node, ast.ClassDef):
            self.visit_all(node.decorator_list + node.bases + node.keywords, scope)
            self.record(node, scope, [node.name], bind=True)
            self.visit_all(node.body, self.new_scope("class", scope))
        elif isinstance(node, COMPREHENSIONS):
            inner = self.new_scope("comprehension", scope)
            for index, generator in enumerate(node.generators):
                self.visit(generator.iter, scope if index == 0 else inner)
                self.visit(generator.target, inner)
                self.visit_all(generator.ifs, inner)
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            self.visit_all(parts, inner)
        elif isinstance(node, ast.Name):
            self.record(node, scope, [node.id], bind=not isinstance(node.ctx, ast.Load))
        elif isinstance(node, ast.NamedExpr):
            self.visit(node.value, scope)
            target = scope
            while target.kind == "comprehension":
                target = target.parent
            self.record(node.target, target, [node.target.id], bind=True)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            (scope.globals if isinstance(node, ast.Global) else scope.nonlocals).update(node.names)
            self.record(node, scope, node.names)
        elif isinstance(node, ast.alias):
            if node.asname is not None:
                self.record(node, scope, [node.asname], bind=True)
            elif node.name != "*":
                scope.bound.add(node.name.split(".")[0])
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)):
            if node.name is not None:
                self.record(node, scope, [node.name], bind=True)
            self.visit_all(ast.iter_child_nodes(node), scope)
        elif isinstance(node, ast.MatchMapping) and node.rest is not None:
            self.record(node, scope, [node.rest], bind=True)
            self.visit_all(ast.iter_child_nodes(node), scope)
        elif isinstance(node, ast.Call):
            self.visit(node.func, scope)
            self.visit_all(node.args, scope)
            for keyword in node.keywords:
                self.visit(keyword.value, scope)
                if keyword.arg is not None:
                    self.nodes.append(keyword)
                    self.pending[id(keyword)] = [("keyword", node.func, scope, keyword.arg)]
        else:
            self.visit_all(ast.iter_child_nodes(node), scope)

    # Resolution, once every scope's bindings and declarations are known.

    def resolve(self, scope, name):
        if name in scope.globals:
            return scope.module()
        if name in scope.nonlocals:
            return self.nonlocal_owner(scope, name)
        if name in scope.bound or scope.parent is None:
            return scope
        outer = scope.parent
        while outer.parent is not None:
            if outer.kind != "class":
                if name in outer.globals:
                    return outer.module()
                if name in outer.nonlocals:
                    return self.nonlocal_owner(outer, name)
                if name in outer.bound:
                    return outer
            outer = outer.parent
        return outer

    def nonlocal_owner(self, scope, name):
        outer = scope.parent
        while outer.parent is not None:
            if outer.kind == "function" and name in outer.bound and name not in outer.globals:
                if name not in outer.nonlocals:
                    return outer
            outer = outer.parent
        return outer

    def key(self, entry):
        if entry[0] == "keyword":
            _, callee, scope, name = entry
            if isinstance(callee, ast.Name):
                owner = ("name", self.resolve(scope, callee.id).number, callee.id)
            elif isinstance(callee, ast.Attribute):
                owner = ("attribute", callee.attr)
            else:
                owner = ("expression",)
            return ("keyword", owner, name)
        scope, name = entry
        if name is None:
            return None
        owner = self.resolve(scope, name)
        if owner.parent is None and name not in owner.bound:
            return ("free", name)  # a builtin, or a name from elsewhere: never renamed
        return (owner.number, name)

    def keys(self, node):
        return [self.key(entry) for entry in self.pending.get(id(node), [])]


def same_binding_structure(before_key, after_key, forward, backward):
    """Records before_key <-> after_key; false when either side is already paired otherwise."""
    if (before_key is None) != (after_key is None):
        return False
    if before_key is None:
        return True
    if before_key[0] == "free" or after_key[0] == "free":
        return before_key == after_key
    # A renamed binding stays in its scope (or names the same callee's keyword).
    if before_key[:-1] != after_key[:-1] and before_key[0] != "keyword":
        return False
    return forward.setdefault(before_key, after_key) == after_key and backward.setdefault(after_key, before_key) == before_key
