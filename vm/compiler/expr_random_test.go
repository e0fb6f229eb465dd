package compiler

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

// exprGen writes random (but always valid) Python expressions and
// assignment targets, so that combinations the hand-written cases miss
// are compared with CPython too. The seed is fixed: the programs are the
// same on every run.
type exprGen struct {
	r     *rand.Rand
	async bool // inside an async def: await is allowed
}

func (g *exprGen) pick(options ...string) string { return options[g.r.Intn(len(options))] }

func (g *exprGen) name() string { return g.pick("a", "b", "c", "d", "x", "self", "__p") }

func (g *exprGen) atom() string {
	switch g.r.Intn(8) {
	case 0:
		return g.pick("1", "0", "2.5", "'s'", "b'b'", "None", "True", "False", "...", "3j", "10**3")
	case 1:
		return g.name() + "." + g.pick("attr", "b", "__priv")
	default:
		return g.name()
	}
}

func (g *exprGen) exprs(depth, max int) []string {
	n := g.r.Intn(max + 1)
	out := make([]string, n)
	for i := range out {
		out[i] = g.expr(depth)
	}
	return out
}

func (g *exprGen) elements(depth int) string {
	parts := g.exprs(depth, 4)
	for i := range parts {
		if g.r.Intn(5) == 0 {
			parts[i] = "*" + g.atom()
		}
	}
	return strings.Join(parts, ", ")
}

func (g *exprGen) args(depth int) string {
	var parts []string
	for _, e := range g.exprs(depth, 3) {
		if g.r.Intn(6) == 0 {
			e = "*" + g.atom()
		}
		parts = append(parts, e)
	}
	used := map[string]bool{}
	for i := g.r.Intn(3); i > 0; i-- {
		if g.r.Intn(4) == 0 {
			parts = append(parts, "**"+g.atom())
			continue
		}
		k := g.pick("k", "key", "j")
		if used[k] {
			continue
		}
		used[k] = true
		parts = append(parts, k+"="+g.expr(depth))
	}
	return strings.Join(parts, ", ")
}

func (g *exprGen) comprehension(depth int) string {
	t := g.pick("i", "j", "(i, j)", "i.attr", "i[0]", "")
	if t == "" {
		t = g.target(1)
	}
	s := " for " + t + " in " + g.expr(depth)
	if g.async && g.r.Intn(3) == 0 {
		s = " async" + s
	}
	if g.r.Intn(2) == 0 {
		s += " if " + g.expr(depth)
	}
	if g.r.Intn(3) == 0 {
		s += " for k in " + g.pick("[i]", "i", "(i, j)")
	}
	return s
}

func (g *exprGen) expr(depth int) string {
	if depth <= 0 {
		return g.atom()
	}
	d := depth - 1
	switch g.r.Intn(25) {
	case 0:
		return g.expr(d) + " " + g.pick("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "&", "^", "@") + " " + g.expr(d)
	case 1:
		return "(" + g.pick("-", "+", "~", "not ") + g.expr(d) + ")"
	case 2:
		return "(" + g.expr(d) + " " + g.pick("and", "or") + " " + g.expr(d) + ")"
	case 3:
		s := g.expr(d)
		for i := g.r.Intn(3) + 1; i > 0; i-- {
			s += " " + g.pick("<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in") + " " + g.expr(d)
		}
		return "(" + s + ")"
	case 4:
		return "(" + g.expr(d) + " if " + g.expr(d) + " else " + g.expr(d) + ")"
	case 5:
		return g.name() + "(" + g.args(d) + ")"
	case 6:
		return "(" + g.atom() + ")." + g.pick("m", "meth") + "(" + g.args(d) + ")"
	case 7:
		return g.name() + "[" + g.expr(d) + "]"
	case 8:
		lo, hi := "", ""
		if g.r.Intn(2) == 0 {
			lo = g.expr(d)
		}
		if g.r.Intn(2) == 0 {
			hi = g.expr(d)
		}
		s := g.name() + "[" + lo + ":" + hi
		if g.r.Intn(3) == 0 {
			s += ":" + g.expr(d)
		}
		return s + "]"
	case 9:
		return "[" + g.elements(d) + "]"
	case 10:
		e := g.elements(d)
		if e == "" {
			return "()"
		}
		return "(" + e + ",)"
	case 11:
		e := g.elements(d)
		if e == "" {
			return "set()"
		}
		return "{" + e + "}"
	case 12:
		var parts []string
		for i := g.r.Intn(4); i > 0; i-- {
			if g.r.Intn(4) == 0 {
				parts = append(parts, "**"+g.atom())
			} else {
				parts = append(parts, g.expr(d)+": "+g.expr(d))
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case 13:
		// No quotes inside the replacement field: 3.11 f-strings cannot
		// reuse the outer quote.
		e := g.expr(d)
		if strings.ContainsAny(e, "'") {
			e = g.name()
		}
		return "f'" + g.pick("", "a") + "{ " + e + g.pick("", "!r", "!s", "=", ":>{c}", ":5") + "}" + g.pick("", "z{b}") + "'"
	case 14:
		return "[" + g.expr(d) + g.comprehension(d) + "]"
	case 15:
		return "{" + g.expr(d) + g.comprehension(d) + "}"
	case 16:
		return "{" + g.expr(d) + ": " + g.expr(d) + g.comprehension(d) + "}"
	case 17:
		return "(" + g.expr(d) + g.comprehension(d) + ")"
	case 18:
		return "(lambda " + g.pick("", "q", "q, r=1") + ": " + g.expr(d) + ")"
	case 19:
		return "(" + g.pick("w", "v") + " := " + g.expr(d) + ")"
	case 20:
		if g.async {
			return "(await (" + g.expr(d) + "))"
		}
		return g.atom()
	case 21:
		return "(" + g.expr(d) + ")." + g.pick("attr", "b")
	case 22:
		return g.big()
	default:
		return g.atom()
	}
}

// big writes a display or call near STACK_USE_GUIDELINE (30) items, where
// CPython 3.11 switches to incremental building.
func (g *exprGen) big() string {
	n := 12 + g.r.Intn(8)
	if g.r.Intn(2) == 0 {
		n = 27 + g.r.Intn(7)
	}
	item := func(i int) string {
		switch g.r.Intn(10) {
		case 0:
			return "*" + g.name()
		case 1, 2:
			return g.pick("1", "'s'", "2.5")
		}
		return g.name()
	}
	var parts []string
	switch kind := g.r.Intn(6); kind {
	case 0, 1, 2:
		for i := 0; i < n; i++ {
			parts = append(parts, item(i))
		}
		open, close := "[", "]"
		switch kind {
		case 1:
			open, close = "(", ",)"
		case 2:
			open, close = "{", "}"
		}
		return open + strings.Join(parts, ", ") + close
	case 3:
		for i := 0; i < n; i++ {
			switch g.r.Intn(8) {
			case 0:
				parts = append(parts, "**"+g.name())
			case 1, 2:
				parts = append(parts, g.name()+": "+g.name())
			default:
				parts = append(parts, g.pick("'k", "'j", "'q")+strings.Repeat("x", i)+"': "+g.name())
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	default:
		npos := g.r.Intn(n)
		for i := 0; i < npos; i++ {
			parts = append(parts, item(i))
		}
		for i := npos; i < n; i++ {
			if g.r.Intn(8) == 0 {
				parts = append(parts, "**"+g.name())
			} else {
				parts = append(parts, "k"+strings.Repeat("x", i)+"="+g.name())
			}
		}
		callee := g.name()
		if kind == 5 {
			callee = g.name() + ".m"
		}
		return callee + "(" + strings.Join(parts, ", ") + ")"
	}
}

func (g *exprGen) target(depth int) string {
	switch g.r.Intn(6) {
	case 0:
		return g.name() + ".attr"
	case 1:
		return g.name() + "[" + g.expr(depth-1) + "]"
	case 2:
		if depth <= 0 {
			return g.name()
		}
		n := g.r.Intn(3) + 1
		star := g.r.Intn(n + 1)
		var parts []string
		for i := 0; i < n; i++ {
			t := g.target(depth - 1)
			if i == star && !strings.ContainsAny(t, "*") {
				t = "*" + g.name()
			}
			parts = append(parts, t)
		}
		if g.r.Intn(2) == 0 {
			return "[" + strings.Join(parts, ", ") + "]"
		}
		return "(" + strings.Join(parts, ", ") + ",)"
	default:
		return g.name()
	}
}

// breakLines puts some line breaks inside brackets (outside string
// literals), so that instructions get multi-line spans and attribute
// names start on later lines.
func (g *exprGen) breakLines(e string) string {
	var b strings.Builder
	depth := 0
	quoted := false
	brk := func() { b.WriteString("\n" + strings.Repeat(" ", g.r.Intn(6))) }
	for i := 0; i < len(e); i++ {
		ch := e[i]
		// A break before ".name" (after a closing bracket) moves the
		// attribute to a later line than its object.
		if !quoted && depth > 0 && ch == '.' && i > 0 && e[i-1] == ')' && g.r.Intn(3) == 0 {
			brk()
		}
		b.WriteByte(ch)
		switch {
		case ch == '\'':
			quoted = !quoted
		case quoted:
		case ch == '(' || ch == '[' || ch == '{':
			depth++
		case ch == ')' || ch == ']' || ch == '}':
			depth--
		}
		if !quoted && depth > 0 && (ch == ',' || ch == '(' || ch == '[' || ch == '{') && g.r.Intn(5) == 0 {
			brk()
		}
	}
	return b.String()
}

// program wraps a random expression or assignment in a random context.
func (g *exprGen) program() string {
	e := g.expr(3)
	if g.r.Intn(3) == 0 {
		e = "(" + g.breakLines(e) + ")"
	}
	var stmt string
	switch g.r.Intn(10) {
	case 0:
		stmt = "if " + e + ":\n    pass\nelse:\n    y = 1\n"
	case 1:
		// A while test is compiled twice; nested code objects in it are
		// covered by the while_test_code_dedup case.
		for strings.Contains(e, "lambda") || strings.Contains(e, " for ") {
			e = g.expr(3)
		}
		stmt = "while " + e + ":\n    y = 2\n"
	case 2:
		stmt = g.target(2) + " = " + e + "\n"
	case 3:
		stmt = "del " + strings.ReplaceAll(g.target(1), "*", "") + "\n"
	case 4:
		stmt = "for " + g.target(2) + " in " + e + ":\n    pass\n"
	case 5:
		stmt = "with " + e + " as " + g.target(2) + ", " + g.name() + ":\n    pass\n"
	case 6:
		t := g.target(0)
		for strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[") {
			t = g.target(0)
		}
		stmt = t + " " + g.pick("+=", "-=", "**=", "//=", "@=", "|=", ">>=") + " " + e + "\n"
	case 7:
		stmt = g.name() + " = " + g.target(2) + " = " + e + "\n"
	default:
		stmt = "y = " + e + "\n"
	}
	g.async = false
	switch g.r.Intn(4) {
	case 0:
		return stmt
	case 1:
		return "def f(a, b, *args, **kw):\n" + indent(stmt) + "    return a\n"
	case 2:
		return "class C:\n" + indent(stmt)
	}
	return "async def f(a, b):\n" + indent(stmt)
}

func indent(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "")
}

// TestExprCodegenRandom compares the code generator with CPython on a
// fixed set of random programs.
func TestExprCodegenRandom(t *testing.T) {
	exprNeedPython(t)
	n, seed := 400, int64(311)
	if testing.Short() {
		n = 50
	}
	// QUICKEN_EXPR_RANDOM=count,seed runs another sample.
	if v := os.Getenv("QUICKEN_EXPR_RANDOM"); v != "" {
		if _, err := fmt.Sscanf(v, "%d,%d", &n, &seed); err != nil {
			t.Fatalf("QUICKEN_EXPR_RANDOM=%q: want count,seed", v)
		}
	}
	g := &exprGen{r: rand.New(rand.NewSource(seed))}
	srcs := make([]string, n)
	for i := range srcs {
		// The context is chosen after the statement, so decide
		// asyncness first for await and async comprehensions.
		g.async = g.r.Intn(4) == 0
		if g.async {
			srcs[i] = "async def f(a, b):\n" + indent("y = "+g.expr(3)+"\n")
		} else {
			srcs[i] = g.program()
		}
	}
	answers, err := exprOracle(srcs)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for i, src := range srcs {
		if string(answers[i].AST) == "null" {
			t.Errorf("generated invalid Python:\n%s", src)
			continue
		}
		got, err := exprCompile(src, answers[i].AST)
		if err != nil {
			t.Errorf("compile %q: %v", src, err)
			continue
		}
		if got != answers[i].Describe {
			t.Errorf("mismatch for %q\n%s", src, exprLineDiff(answers[i].Describe, got))
			continue
		}
		got, err = exprCompileSource(src)
		if err != nil {
			t.Errorf("Compile %q: %v", src, err)
			continue
		}
		if got != answers[i].Describe {
			t.Errorf("mismatch for %q compiled from source\n%s", src, exprLineDiff(answers[i].Describe, got))
			continue
		}
		pass++
	}
	t.Logf("%d/%d random programs match CPython 3.11", pass, n)
}
