package compiler

import (
	"fmt"
	"sort"
)

// Pass two of the symbol table (CPython 3.11's symtable_analyze and its
// helpers): each block's names are resolved with the sets of names its
// enclosing blocks make visible, then its children are resolved, and the
// names the children use freely flow back up. A function's local that a
// child uses freely becomes a cell; a class never provides bindings to its
// methods, except the implicit __class__.
//
// The sets (CPython uses Python sets) are Go maps; every walk whose order
// could show (errors, the order of recorded names) goes through the
// block's ordered names or sorted keys instead of map order.

// nameSet is a set of (mangled) names.
type nameSet map[string]bool

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.addAll(s)
	return c
}

// analyze resolves the scope of every name in every block of st.
func analyze(st *symtable) error {
	a := &analyzer{filename: st.filename}
	return a.block(st.Top, nil, nameSet{}, nameSet{})
}

type analyzer struct {
	filename string
}

// block resolves ste's names (analyze_block).
//
// bound holds the names bound by enclosing function blocks (nil for the
// module, which has no enclosing block); global the names declared global
// in enclosing blocks. Both are the block's own copies and are updated by
// its bindings. On return, free has gained the names that are free in ste
// or in its children and not provided by ste.
func (a *analyzer) block(ste *scopeBlock, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := map[string]Scope{}
	// What nested blocks see. A class's own bindings are invisible to
	// its methods, so for a class these are taken before its names are
	// resolved; for other blocks, after.
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}
	if ste.Type == ClassBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}

	for _, name := range ste.names {
		if err := a.name(ste, scopes, name, ste.Flags[name], bound, local, free, global); err != nil {
			return err
		}
	}

	if ste.Type != ClassBlock {
		if ste.Type == FunctionBlock {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		// Methods see the class's implicit __class__ cell.
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, child := range ste.Children {
		// analyze_child_block: each child works on copies, so that its
		// bindings do not leak to its siblings.
		childFree := newFree.clone()
		if err := a.block(child, newBound.clone(), childFree, newGlobal.clone()); err != nil {
			return err
		}
		allFree.addAll(childFree)
	}
	newFree.addAll(allFree)

	switch ste.Type {
	case FunctionBlock:
		// analyze_cells: a local that a child uses freely is a cell,
		// which this block provides.
		for name, sc := range scopes {
			if sc == ScopeLocal && newFree[name] {
				scopes[name] = ScopeCell
				delete(newFree, name)
			}
		}
	case ClassBlock:
		// drop_class_free: a method's free __class__ is the class's
		// implicit cell.
		if newFree["__class__"] {
			delete(newFree, "__class__")
			ste.NeedsClassClosure = true
		}
	}
	a.update(ste, scopes, bound, newFree)
	free.addAll(newFree)
	return nil
}

// name decides the scope of one name from its flags (analyze_name).
func (a *analyzer) name(ste *scopeBlock, scopes map[string]Scope, name string, flags int,
	bound, local, free, global nameSet) error {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			return a.errorAtDirective(ste, name, fmt.Sprintf(msgNonlocalAndGlobal, name))
		}
		scopes[name] = ScopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			return a.errorAtDirective(ste, name, msgNonlocalAtModuleLevel)
		}
		if !bound[name] {
			return a.errorAtDirective(ste, name, fmt.Sprintf(msgNoBindingForNonlocal, name))
		}
		scopes[name] = ScopeFree
		free[name] = true
	case flags&DefBound != 0:
		scopes[name] = ScopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		// An enclosing function binds it.
		scopes[name] = ScopeFree
		free[name] = true
	default:
		// Whether or not an enclosing block declared it global, it is
		// looked up in globals and then builtins.
		scopes[name] = ScopeGlobalImplicit
	}
	return nil
}

// update stores the resolved scopes in the block and records the free
// variables of its children that it passes through (update_symbols). A
// class that binds a name (or declares it global) that one of its methods
// uses freely marks it DEF_FREE_CLASS: the class passes the enclosing cell
// on while its own code still uses the class namespace.
func (a *analyzer) update(ste *scopeBlock, scopes map[string]Scope, bound, free nameSet) {
	ste.Scopes = scopes
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if flags, ok := ste.Flags[name]; ok {
			if ste.Type == ClassBlock && flags&(DefBound|DefGlobal) != 0 {
				ste.Flags[name] = flags | DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		ste.setFlags(name, 0)
		scopes[name] = ScopeFree
	}
}

// errorAtDirective returns msg located at the first global or nonlocal
// declaration of name in ste (error_at_directive).
func (a *analyzer) errorAtDirective(ste *scopeBlock, name, msg string) error {
	for _, d := range ste.directives {
		if d.name == name {
			return errorAt(a.filename, d.pos, msg)
		}
	}
	return fmt.Errorf("%s: symtable: no directive for %q (%s)", a.filename, name, msg)
}
