package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// sequence compiles a list or tuple display in any context
// (compiler_list, compiler_tuple): a Store target unpacks, a Load builds,
// a Del deletes each element.
func (c *compiler) sequence(elts []syntax.Expr, ctx syntax.ExprContext, tuple bool) error {
	switch ctx {
	case syntax.Store:
		return c.assignSequence(elts)
	case syntax.Load:
		return c.starUnpack(elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, tuple)
	default:
		return c.visitExprs(elts)
	}
}

// allConstant reports whether every expression is a Constant
// (are_all_items_const); a nil entry (a ** in a dict display) is not.
func allConstant(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Constant); !ok {
			return false
		}
	}
	return true
}

// starUnpack builds a list, tuple or set from elements, some of which may
// be starred (starunpack_helper), on top of `pushed` values already on the
// stack. CPython 3.11's choices:
//   - more than two elements, all constant: one constant (a tuple, or a
//     frozenset for a set) extended into an empty collection — or, for a
//     tuple with nothing pushed, just the constant;
//   - no star and at most STACK_USE_GUIDELINE items: push all, BUILD_*;
//   - otherwise build incrementally: BUILD_* of what precedes the first
//     star (of nothing if too big), then *_APPEND/SET_ADD per element and
//     *_EXTEND/SET_UPDATE per starred one; a tuple is built as a list and
//     converted with LIST_TO_TUPLE.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend bytecode.Opcode, tuple bool) error {
	n := len(elts)
	if n > 2 && allConstant(elts) {
		items := make(constant.Tuple, n)
		nodes := make([]*syntax.Constant, n)
		for i, e := range elts {
			nodes[i] = e.(*syntax.Constant)
			items[i] = nodes[i].Value
		}
		if tuple && pushed == 0 {
			c.addopI(bytecode.LOAD_CONST, c.addConstIndexIdentity(items, nodes...))
			return nil
		}
		var folded constant.Value = items
		if add == bytecode.SET_ADD {
			folded = constant.NewFrozenSet(items)
		}
		c.addopI(build, pushed)
		c.addopI(bytecode.LOAD_CONST, c.addConstIndexIdentity(folded, nodes...))
		c.addopI(extend, 1)
		if tuple {
			c.addop(bytecode.LIST_TO_TUPLE)
		}
		return nil
	}

	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		if err := c.visitExprs(elts); err != nil {
			return err
		}
		if tuple {
			c.addopI(bytecode.BUILD_TUPLE, n+pushed)
		} else {
			c.addopI(build, n+pushed)
		}
		return nil
	}
	built := false
	if big {
		c.addopI(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.addopI(build, i+pushed)
				built = true
			}
			if err := c.visitExpr(s.Value); err != nil {
				return err
			}
			c.addopI(extend, 1)
			continue
		}
		if err := c.visitExpr(e); err != nil {
			return err
		}
		if built {
			c.addopI(add, 1)
		}
	}
	if tuple {
		c.addop(bytecode.LIST_TO_TUPLE)
	}
	return nil
}

// dict compiles a dict display (compiler_dict). Runs of key: value pairs
// become sub-dicts (subDict); a ** item, or a run grown past
// STACK_USE_GUIDELINE, flushes the run. The first sub-dict (or BUILD_MAP 0
// before a leading **) is the result; later ones are merged in with
// DICT_UPDATE 1.
func (c *compiler) dict(e *syntax.Dict) error {
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				if err := c.subDict(e, i-elements, i); err != nil {
					return err
				}
				if haveDict {
					c.addopI(bytecode.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.addopI(bytecode.BUILD_MAP, 0)
				haveDict = true
			}
			if err := c.visitExpr(e.Values[i]); err != nil {
				return err
			}
			c.addopI(bytecode.DICT_UPDATE, 1)
			continue
		}
		if elements*2 > stackUseGuideline {
			if err := c.subDict(e, i-elements, i+1); err != nil {
				return err
			}
			if haveDict {
				c.addopI(bytecode.DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		if err := c.subDict(e, n-elements, n); err != nil {
			return err
		}
		if haveDict {
			c.addopI(bytecode.DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.addopI(bytecode.BUILD_MAP, 0)
	}
	return nil
}

// subDict builds a dict of the pairs begin..end-1 (compiler_subdict): with
// 2..15 pairs and all keys constant, the values then a key tuple and
// BUILD_CONST_KEY_MAP; with more than 15, BUILD_MAP 0 and MAP_ADD 1 per
// pair; otherwise the pairs and BUILD_MAP n.
func (c *compiler) subDict(e *syntax.Dict, begin, end int) error {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConstant(e.Keys[begin:end]) {
		if err := c.visitExprs(e.Values[begin:end]); err != nil {
			return err
		}
		keys := make(constant.Tuple, n)
		nodes := make([]*syntax.Constant, n)
		for i := begin; i < end; i++ {
			nodes[i-begin] = e.Keys[i].(*syntax.Constant)
			keys[i-begin] = nodes[i-begin].Value
		}
		c.addopI(bytecode.LOAD_CONST, c.addConstIndexIdentity(keys, nodes...))
		c.addopI(bytecode.BUILD_CONST_KEY_MAP, n)
		return nil
	}
	if big {
		c.addopI(bytecode.BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		if err := c.visitExpr(e.Keys[i]); err != nil {
			return err
		}
		if err := c.visitExpr(e.Values[i]); err != nil {
			return err
		}
		if big {
			c.addopI(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		c.addopI(bytecode.BUILD_MAP, n)
	}
	return nil
}
