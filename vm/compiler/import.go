package compiler

import (
	"math/big"
	"strings"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// intConst is the int constant n.
func intConst(n int) constant.Value {
	return constant.Int{V: big.NewInt(int64(n))}
}

// importAs binds the module imported by IMPORT_NAME to asname
// (compiler_import_as). For a dotted name the submodules are fetched with
// IMPORT_FROM, each replacing the previous one on the stack.
func (c *compiler) importAs(name, asname string) error {
	dot := strings.IndexByte(name, '.')
	if dot < 0 {
		return c.nameop(asname, syntax.Store)
	}
	rest := name[dot+1:]
	for {
		attr := rest
		dot = strings.IndexByte(rest, '.')
		if dot >= 0 {
			attr, rest = rest[:dot], rest[dot+1:]
		}
		c.addopNameRaw(bytecode.IMPORT_FROM, attr)
		if dot < 0 {
			break
		}
		c.addopI(bytecode.SWAP, 2)
		c.addop(bytecode.POP_TOP)
	}
	if err := c.nameop(asname, syntax.Store); err != nil {
		return err
	}
	c.addop(bytecode.POP_TOP)
	return nil
}

// importStmt compiles import a.b.c [as d], ... (compiler_import):
// LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME, then the store of the top
// package or of the alias.
func (c *compiler) importStmt(s *syntax.Import) error {
	for _, alias := range s.Names {
		c.addopLoadConst(intConst(0))
		c.addopLoadConst(noneConst)
		c.addopName(bytecode.IMPORT_NAME, alias.Name)
		if alias.Asname != nil {
			if err := c.importAs(alias.Name, *alias.Asname); err != nil {
				return err
			}
			continue
		}
		store := alias.Name
		if dot := strings.IndexByte(store, '.'); dot >= 0 {
			store = store[:dot]
		}
		if err := c.nameop(store, syntax.Store); err != nil {
			return err
		}
	}
	return nil
}

// importFrom compiles from m import a [as b], ... and from m import *
// (compiler_from_import).
func (c *compiler) importFrom(s *syntax.ImportFrom) error {
	c.addopLoadConst(intConst(s.Level))
	names := make(constant.Tuple, len(s.Names))
	for i, alias := range s.Names {
		names[i] = constant.Str(alias.Name)
	}
	if err := c.st.lateFutureImport(s); err != nil {
		return err
	}
	c.addopLoadIdentConst(names)
	module := ""
	if s.Module != nil {
		module = *s.Module
	}
	c.addopName(bytecode.IMPORT_NAME, module)
	for i, alias := range s.Names {
		if i == 0 && strings.HasPrefix(alias.Name, "*") {
			c.addop(bytecode.IMPORT_STAR)
			return nil
		}
		c.addopName(bytecode.IMPORT_FROM, alias.Name)
		store := alias.Name
		if alias.Asname != nil {
			store = *alias.Asname
		}
		if err := c.nameop(store, syntax.Store); err != nil {
			return err
		}
	}
	// Remove the imported module.
	c.addop(bytecode.POP_TOP)
	return nil
}
