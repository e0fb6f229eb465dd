package oracle

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// adaptiveScript runs a program as `python3 FILE` does (its __main__
// globals get the same keys in the same order: the script binds no name
// there), with its output discarded, then prints what `quicken dis
// --adaptive` prints: for each function of the final namespace whose
// qualname has no dot, and for each class defined in __main__ the
// functions of its body (a staticmethod's or classmethod's function, a
// property's fget, fset, fdel), each once, "== qualname" and
// dis.dis(func, adaptive=True, show_caches=...).
const adaptiveScript = `
import sys, os, io, dis, types
path, show = sys.argv[2], sys.argv[3] == "1"
g = sys.modules["__main__"].__dict__
g["__file__"] = path
g["__cached__"] = None
sys.argv = [path]
code = compile(open(path, "rb").read(), path, "exec")
out, err = sys.stdout, sys.stderr
sys.stdout = sys.stderr = open(os.devnull, "w")
sys.stdin = io.StringIO("")
# The program runs a few levels deeper than under python3 FILE (this
# script's frames and exec calls): the limit is raised by as many, so it
# hits RecursionError at the same depth of its own.
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
extra = 1000 - probe(0)
set_limit, get_limit = sys.setrecursionlimit, sys.getrecursionlimit
sys.setrecursionlimit = lambda n: set_limit(n + extra if isinstance(n, int) and n >= 1 else n)
sys.getrecursionlimit = lambda: get_limit() - extra
set_limit(1000 + extra)
try:
    exec(code, g)
except BaseException:
    pass
sys.stdout, sys.stderr = out, err
sys.setrecursionlimit, sys.getrecursionlimit = set_limit, get_limit
seen, fns = set(), []
def add(f, top):
    if not isinstance(f, types.FunctionType) or id(f) in seen:
        return
    if top and "." in f.__qualname__:
        return
    seen.add(id(f))
    fns.append(f)
for v in list(g.values()):
    if isinstance(v, type):
        if v.__dict__.get("__module__") != "__main__":
            continue
        for a in list(v.__dict__.values()):
            if isinstance(a, (staticmethod, classmethod)):
                add(a.__func__, False)
            elif isinstance(a, property):
                for acc in (a.fget, a.fset, a.fdel):
                    add(acc, False)
            else:
                add(a, False)
        continue
    add(v, True)
for f in fns:
    print("== " + f.__qualname__)
    dis.dis(f, adaptive=True, show_caches=show)
# What the shutdown would run (the finally block of a generator left in
# a global) runs now, its output discarded.
sys.stdout.flush()
sys.stdout = sys.stderr = open(os.devnull, "w")
g.clear()
`

// AdaptiveDis runs the program at path under CPython 3.11 and returns
// what `quicken dis --adaptive [--show-caches]` must print for it.
func AdaptiveDis(path string, showCaches bool) (string, error) {
	show := "0"
	if showCaches {
		show = "1"
	}
	res, err := Run("-c", "exec(__import__('sys').argv[1], {})", adaptiveScript, path, show)
	if err != nil {
		return "", err
	}
	if res.Exit != 0 {
		return "", fmt.Errorf("python3 exited %d: %s", res.Exit, res.Stderr)
	}
	return res.Stdout, nil
}

var (
	cacheFieldRE = regexp.MustCompile(`\((version|type_version|keys_version|module_keys_version|builtin_keys_version|func_version|descr): (\d+)\)`)
	opnameRE     = regexp.MustCompile(`^\s*(?:\d+\s+)?(?:>>\s+)?\d+ ([A-Z_]+)`)
)

// NormalizeAdaptive makes adaptive disassemblies of two interpreters
// comparable. Cache fields whose values come from per-process counters
// (type version tags, dict keys versions, function versions) or are
// addresses (a cached descriptor) are renamed in order of first
// appearance, per kind (T1, T2… for type versions, K… keys versions, F…
// function versions, P… objects), keeping 0 as it is: two outputs then
// agree when the same fields hold the same and different values in the
// same places. Code object addresses are normalized as NormalizeAddrs
// does.
func NormalizeAdaptive(s string) string {
	names := map[string]map[string]string{}
	lines := strings.Split(NormalizeAddrs(s), "\n")
	op := ""
	for i, line := range lines {
		if m := opnameRE.FindStringSubmatch(line); m != nil && m[1] != "CACHE" {
			op = m[1]
		}
		lines[i] = cacheFieldRE.ReplaceAllStringFunc(line, func(f string) string {
			sm := cacheFieldRE.FindStringSubmatch(f)
			field, val := sm[1], sm[2]
			if v, _ := strconv.ParseUint(val, 10, 64); v == 0 {
				return f
			}
			kind := "T"
			switch {
			case field == "descr":
				kind = "P"
			case field == "func_version":
				kind = "F"
			case strings.HasSuffix(field, "keys_version"),
				field == "version" && op == "LOAD_ATTR_MODULE",
				field == "type_version" && op == "LOAD_METHOD_MODULE":
				kind = "K"
			}
			if names[kind] == nil {
				names[kind] = map[string]string{}
			}
			tok, ok := names[kind][val]
			if !ok {
				tok = kind + strconv.Itoa(len(names[kind])+1)
				names[kind][val] = tok
			}
			return "(" + field + ": " + tok + ")"
		})
	}
	return strings.Join(lines, "\n")
}
