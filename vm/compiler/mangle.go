package compiler

import "strings"

// mangle returns name as it is stored and looked up inside the class named
// privateName: CPython 3.11's _Py_Mangle (private name mangling).
//
// Inside class Spam, "__eggs" becomes "_Spam__eggs". A name is left alone
// when there is no enclosing class (privateName ""), when it does not start
// with two underscores, when it also ends with two underscores ("__init__",
// and "__" itself), when it contains a dot (only a dotted module name in an
// import can), and when the class name is nothing but underscores. Leading
// underscores of the class name are dropped: in class _Spam, "__x" becomes
// "_Spam__x", not "__Spam__x".
//
// The symbol table mangles every name it records (uses, stores, parameters,
// def and class names, import targets, global and nonlocal declarations);
// the code generator mangles names the same way before it looks them up or
// puts them in co_names and co_varnames.
func mangle(privateName, name string) string {
	if privateName == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(privateName, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}
