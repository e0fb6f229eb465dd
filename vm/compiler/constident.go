package compiler

import (
	"fmt"
	"strings"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// CPython 3.11 finds a constant's co_consts slot by value, except that a
// NaN is equal only to itself as an object (constant.HasNaN). A NaN
// constant can only come from folding (1e300 * 1e300 * 0), which makes a
// new float object per folded node; compiling that node again (a finally
// body is compiled twice) finds the same object. So the Constant node
// that holds a NaN stands for the object's identity.

// nodeIdentity names the object behind a Constant node's value for
// AddConstIdentity, or returns "" when the value's key is enough.
func nodeIdentity(nodes ...*syntax.Constant) string {
	var ids []string
	for _, n := range nodes {
		if constant.HasNaN(n.Value) {
			ids = append(ids, fmt.Sprintf("%p", n))
		}
	}
	return strings.Join(ids, ",")
}

// addConstIndexIdentity is addConstIndex for a constant built from the
// values of nodes: NaN-holding values are merged by node identity.
func (c *compiler) addConstIndexIdentity(v constant.Value, nodes ...*syntax.Constant) int {
	id := nodeIdentity(nodes...)
	if id == "" {
		return c.addConstIndex(v)
	}
	if c.intern != nil {
		c.intern.lastNew = c.intern.lastNew[:0]
		v, _ = c.intern.register(v, false)
	}
	return c.u.fu.AddConstIdentity(v, id)
}

// addopLoadConstNode emits LOAD_CONST of a Constant node's value.
func (c *compiler) addopLoadConstNode(e *syntax.Constant) {
	c.addopI(bytecode.LOAD_CONST, c.addConstIndexIdentity(e.Value, e))
}
