package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// classShort names the classes in marked-up text.
var classShort = [numSyntaxClasses]string{
	synPlain:    "plain",
	synKeyword:  "kw",
	synBuiltin:  "bi",
	synFunction: "fn",
	synClass:    "cl",
	synString:   "str",
	synNumber:   "num",
	synComment:  "com",
	synOperator: "op",
}

// markup writes src with each run of one class other than plain as
// ⟨class text⟩.
func markup(src string, class []syntaxClass) string {
	var b strings.Builder
	for i := 0; i < len(src); {
		j := i + 1
		for j < len(src) && class[j] == class[i] {
			j++
		}
		if c := class[i]; c == synPlain {
			b.WriteString(src[i:j])
		} else {
			fmt.Fprintf(&b, "⟨%s %s⟩", classShort[c], src[i:j])
		}
		i = j
	}
	return b.String()
}

// classifyTests are sources and their classes, marked up.
var classifyTests = []struct{ name, src, want string }{
	// Keywords, and names that contain them.
	{"keywords", "if x and not y or z is None: pass",
		"⟨kw if⟩ x ⟨kw and⟩ ⟨kw not⟩ y ⟨kw or⟩ z ⟨kw is⟩ ⟨kw None⟩: ⟨kw pass⟩"},
	{"keyword prefixes", "in_ = iffy + classic + index + definitely + not_ + format",
		"in_ ⟨op =⟩ iffy ⟨op +⟩ classic ⟨op +⟩ index ⟨op +⟩ definitely ⟨op +⟩ not_ ⟨op +⟩ ⟨bi format⟩"},
	{"for in", "for k in d: yield from k",
		"⟨kw for⟩ k ⟨kw in⟩ d: ⟨kw yield⟩ ⟨kw from⟩ k"},
	{"constants", "x = True if False else None",
		"x ⟨op =⟩ ⟨kw True⟩ ⟨kw if⟩ ⟨kw False⟩ ⟨kw else⟩ ⟨kw None⟩"},
	{"import", "from os.path import join as j\nimport a, b",
		"⟨kw from⟩ os⟨op .⟩path ⟨kw import⟩ join ⟨kw as⟩ j\n⟨kw import⟩ a, b"},
	{"raise from", "raise KeyError(k) from None",
		"⟨kw raise⟩ ⟨bi KeyError⟩(k) ⟨kw from⟩ ⟨kw None⟩"},

	// Builtins: Python 3.11's, not attributes of the same name.
	{"builtins", "print(len(x), anext, ExceptionGroup, __debug__)",
		"⟨bi print⟩(⟨bi len⟩(x), ⟨bi anext⟩, ⟨bi ExceptionGroup⟩, ⟨bi __debug__⟩)"},
	{"self cls", "self.x = cls(Ellipsis)",
		"⟨bi self⟩⟨op .⟩x ⟨op =⟩ ⟨bi cls⟩(⟨bi Ellipsis⟩)"},
	{"attributes", "s.format(node.type) + obj . print",
		"s⟨op .⟩format(node⟨op .⟩type) ⟨op +⟩ obj ⟨op .⟩ print"},
	{"attribute after continuation", "s. \\\n  format(x)",
		"s⟨op .⟩ \\\n  format(x)"},
	{"dunders", "self.__class__.__name__; super().__init__()",
		"⟨bi self⟩⟨op .⟩⟨bi __class__⟩⟨op .⟩⟨bi __name__⟩; ⟨bi super⟩()⟨op .⟩⟨fn __init__⟩()"},
	{"not builtins", "exit + quit + help + WindowsError",
		"exit ⟨op +⟩ quit ⟨op +⟩ help ⟨op +⟩ WindowsError"},

	// def and class name what they define.
	{"def", "def f(a, b=1) -> int:\n    return a",
		"⟨kw def⟩ ⟨fn f⟩(a, b⟨op =⟩⟨num 1⟩) ⟨op ->⟩ ⟨bi int⟩:\n    ⟨kw return⟩ a"},
	{"async def builtin name", "async def print(): pass",
		"⟨kw async⟩ ⟨kw def⟩ ⟨fn print⟩(): ⟨kw pass⟩"},
	{"def dunder", "def __eq__(self, other):",
		"⟨kw def⟩ ⟨fn __eq__⟩(⟨bi self⟩, other):"},
	{"def continued", "def \\\n  f(): pass",
		"⟨kw def⟩ \\\n  ⟨fn f⟩(): ⟨kw pass⟩"},
	{"class", "class Point(Base, metaclass=Meta): pass",
		"⟨kw class⟩ ⟨cl Point⟩(Base, metaclass⟨op =⟩Meta): ⟨kw pass⟩"},
	{"class not a name", "class = 3",
		"⟨kw class⟩ ⟨op =⟩ ⟨num 3⟩"},

	// Decorators: an @ at a statement's start and the dotted name after
	// it; elsewhere @ is matrix multiplication.
	{"decorator", "@property\ndef x(self): pass",
		"⟨fn @property⟩\n⟨kw def⟩ ⟨fn x⟩(⟨bi self⟩): ⟨kw pass⟩"},
	{"dotted decorator", "  @functools.lru_cache(maxsize=None)",
		"  ⟨fn @functools.lru_cache⟩(maxsize⟨op =⟩⟨kw None⟩)"},
	{"spaced decorator", "@ a . b",
		"⟨fn @⟩ ⟨fn a⟩ ⟨fn .⟩ ⟨fn b⟩"},
	{"matmul", "x = a @ b @c\nx @= y",
		"x ⟨op =⟩ a ⟨op @⟩ b ⟨op @⟩c\nx ⟨op @=⟩ y"},
	{"matmul on a new line", "y = (a\n     @b)",
		"y ⟨op =⟩ (a\n     ⟨op @⟩b)"},

	// Strings, with every prefix, quote and escape.
	{"quotes", `'a' "b" 'it"s' "it's"`,
		`⟨str 'a'⟩ ⟨str "b"⟩ ⟨str 'it"s'⟩ ⟨str "it's"⟩`},
	{"prefixes", `r'\d' b'x' rb'x' BR"x" Rb'x' u'x' U"x" f'x' fr'x' RF"x" fR'x'`,
		`⟨str r'\d'⟩ ⟨str b'x'⟩ ⟨str rb'x'⟩ ⟨str BR"x"⟩ ⟨str Rb'x'⟩ ⟨str u'x'⟩ ⟨str U"x"⟩ ⟨str f'x'⟩ ⟨str fr'x'⟩ ⟨str RF"x"⟩ ⟨str fR'x'⟩`},
	{"not prefixes", `ur'x' x"y" bu'z'`,
		`ur⟨str 'x'⟩ x⟨str "y"⟩ bu⟨str 'z'⟩`},
	{"escapes", `'it\'s' "a \" b" '\\' r'\'' "\\"`,
		`⟨str 'it\'s'⟩ ⟨str "a \" b"⟩ ⟨str '\\'⟩ ⟨str r'\''⟩ ⟨str "\\"⟩`},
	{"f-string whole", `f"{x['k']:>{w}} {len(y)!r}" + 1`,
		`⟨str f"{x['k']:>{w}} {len(y)!r}"⟩ ⟨op +⟩ ⟨num 1⟩`},
	{"triple", "x = '''one\nt'wo\n''' + \"\"\"a\"b\"\"c\"\"\"",
		"x ⟨op =⟩ ⟨str '''one\nt'wo\n'''⟩ ⟨op +⟩ ⟨str \"\"\"a\"b\"\"c\"\"\"⟩"},
	{"empty strings", `'' "" + ''''''`,
		`⟨str ''⟩ ⟨str ""⟩ ⟨op +⟩ ⟨str ''''''⟩`},
	{"string continued", "s = 'a\\\nb' + 1",
		"s ⟨op =⟩ ⟨str 'a\\\nb'⟩ ⟨op +⟩ ⟨num 1⟩"},
	{"docstring", "def f():\n    \"\"\"Doc.\"\"\"",
		"⟨kw def⟩ ⟨fn f⟩():\n    ⟨str \"\"\"Doc.\"\"\"⟩"},
	{"unterminated", "s = 'abc\nx = 1",
		"s ⟨op =⟩ ⟨str 'abc⟩\nx ⟨op =⟩ ⟨num 1⟩"},
	{"unterminated escape at end", "s = 'abc\\",
		"s ⟨op =⟩ ⟨str 'abc\\⟩"},
	{"unterminated triple", "s = '''abc\nx = 1",
		"s ⟨op =⟩ ⟨str '''abc\nx = 1⟩"},
	{"unterminated f-string", "print(f'{value')",
		"⟨bi print⟩(⟨str f'{value'⟩)"},

	// Numbers.
	{"integers", "1_000 0x_ff 0XFF 0o17 0b1010 007",
		"⟨num 1_000⟩ ⟨num 0x_ff⟩ ⟨num 0XFF⟩ ⟨num 0o17⟩ ⟨num 0b1010⟩ ⟨num 007⟩"},
	{"floats", "1. .5 1.5e+10 1e-3j 3J 1_0.0_1E1_0 .5j 3.j",
		"⟨num 1.⟩ ⟨num .5⟩ ⟨num 1.5e+10⟩ ⟨num 1e-3j⟩ ⟨num 3J⟩ ⟨num 1_0.0_1E1_0⟩ ⟨num .5j⟩ ⟨num 3.j⟩"},
	{"not numbers", "0x 1_ 1e x1 1if y else 2",
		"⟨num 0⟩x ⟨num 1⟩_ ⟨num 1⟩e x1 ⟨num 1⟩⟨kw if⟩ y ⟨kw else⟩ ⟨num 2⟩"},
	{"ranges", "a[1:.5] + x.real + 1 .real",
		"a[⟨num 1⟩:⟨num .5⟩] ⟨op +⟩ x⟨op .⟩real ⟨op +⟩ ⟨num 1⟩ ⟨op .⟩real"},

	// Comments run to the end of the line, whatever they hold.
	{"comments", "x = 1  # it's \"quoted\" 'a\ny  # '''",
		"x ⟨op =⟩ ⟨num 1⟩  ⟨com # it's \"quoted\" 'a⟩\ny  ⟨com # '''⟩"},
	{"hash in string", "s = '#' # c",
		"s ⟨op =⟩ ⟨str '#'⟩ ⟨com # c⟩"},

	// Operators; commas, colons, semicolons and brackets are plain.
	{"operators", "a += b ** 2 // c != d; e = ~f << 1",
		"a ⟨op +=⟩ b ⟨op **⟩ ⟨num 2⟩ ⟨op //⟩ c ⟨op !=⟩ d; e ⟨op =⟩ ⟨op ~⟩f ⟨op <<⟩ ⟨num 1⟩"},
	{"walrus", "if (n := len(a)) > 10: x[1:2]",
		"⟨kw if⟩ (n ⟨op :=⟩ ⟨bi len⟩(a)) ⟨op >⟩ ⟨num 10⟩: x[⟨num 1⟩:⟨num 2⟩]"},
	{"ellipsis and stray", "x = ... ! $ ?",
		"x ⟨op =⟩ ⟨op ...⟩ ! $ ?"},
	{"continuation", "x = 1 + \\\n    2",
		"x ⟨op =⟩ ⟨num 1⟩ ⟨op +⟩ \\\n    ⟨num 2⟩"},

	// Soft keywords: match and case where they begin a match
	// statement or a case clause, _ as a case's wildcard.
	{"match", "match command.split():\n    case [action]:\n        pass\n    case [_, *rest] if _ok:\n        pass\n    case _:\n        pass",
		"⟨kw match⟩ command⟨op .⟩split():\n    ⟨kw case⟩ [action]:\n        ⟨kw pass⟩\n    ⟨kw case⟩ [⟨kw _⟩, ⟨op *⟩rest] ⟨kw if⟩ _ok:\n        ⟨kw pass⟩\n    ⟨kw case⟩ ⟨kw _⟩:\n        ⟨kw pass⟩"},
	{"case one line", "match p:\n    case Point(x=_) if _ > 0: return _\n    case {'k': _, **kw}: pass\n    case -1 | _.y: pass",
		"⟨kw match⟩ p:\n    ⟨kw case⟩ Point(x⟨op =⟩⟨kw _⟩) ⟨kw if⟩ _ ⟨op >⟩ ⟨num 0⟩: ⟨kw return⟩ _\n    ⟨kw case⟩ {⟨str 'k'⟩: ⟨kw _⟩, ⟨op **⟩kw}: ⟨kw pass⟩\n    ⟨kw case⟩ ⟨op -⟩⟨num 1⟩ ⟨op |⟩ _⟨op .⟩y: ⟨kw pass⟩"},
	{"match parenthesized", "match (x):\n    case 1: pass",
		"⟨kw match⟩ (x):\n    ⟨kw case⟩ ⟨num 1⟩: ⟨kw pass⟩"},
	{"match names", "match = re.match(p, s)\nmatch(x)\ncase = 3\nprint(match, case)\nmatch.group(1)\nfor case in cases: pass",
		"match ⟨op =⟩ re⟨op .⟩match(p, s)\nmatch(x)\ncase ⟨op =⟩ ⟨num 3⟩\n⟨bi print⟩(match, case)\nmatch⟨op .⟩group(⟨num 1⟩)\n⟨kw for⟩ case ⟨kw in⟩ cases: ⟨kw pass⟩"},
	{"match name with colon", "match: int = 3\nx = [\n    match,\n]",
		"match: ⟨bi int⟩ ⟨op =⟩ ⟨num 3⟩\nx ⟨op =⟩ [\n    match,\n]"},
	{"wildcard outside case", "_ = f(_)",
		"_ ⟨op =⟩ f(_)"},

	// Line ends and other bytes.
	{"crlf", "def f():\r\n    return 1\r\n",
		"⟨kw def⟩ ⟨fn f⟩():\r\n    ⟨kw return⟩ ⟨num 1⟩\r\n"},
	{"non-ASCII", "café = 'naïve' + λ",
		"café ⟨op =⟩ ⟨str 'naïve'⟩ ⟨op +⟩ λ"},
	{"bad UTF-8", "name = \"caf\xe9\" + x",
		"name ⟨op =⟩ ⟨str \"caf\xe9\"⟩ ⟨op +⟩ x"},
	{"empty", "", ""},
}

func TestClassify(t *testing.T) {
	for _, tt := range classifyTests {
		if got := markup(tt.src, classify(tt.src)); got != tt.want {
			t.Errorf("%s: %q\n got %s\nwant %s", tt.name, tt.src, got, tt.want)
		}
	}
}

// TestWordClassCPython checks the names classify knows against CPython
// 3.11's: every keyword is a keyword; every name of the builtins module
// a builtin, but not the names the site module adds to it.
func TestWordClassCPython(t *testing.T) {
	if ok, why := oracle.Available(); !ok {
		t.Skip(why)
	}
	res, err := oracle.Run("-S", "-c", "import builtins, keyword\nprint(*keyword.kwlist)\nprint(*dir(builtins))")
	if err != nil || res.Exit != 0 {
		t.Fatalf("%v %s", err, res.Stderr)
	}
	lines := strings.Split(res.Stdout, "\n")
	keywords, builtins := strings.Fields(lines[0]), strings.Fields(lines[1])
	if len(keywords) < 30 || len(builtins) < 100 {
		t.Fatalf("keywords %v, builtins %v", keywords, builtins)
	}
	for _, k := range keywords {
		if c := wordClass(k); c != synKeyword {
			t.Errorf("keyword %s: class %s", k, classShort[c])
		}
	}
	for _, b := range builtins {
		if c := wordClass(b); c != synBuiltin && !slices.Contains(keywords, b) {
			t.Errorf("builtin %s: class %s", b, classShort[c])
		}
	}
	for _, name := range []string{"exit", "quit", "help", "copyright", "credits", "license"} {
		if slices.Contains(builtins, name) {
			t.Errorf("python3 -S has %s among its builtins", name)
		}
		if c := wordClass(name); c != synPlain {
			t.Errorf("site's %s: class %s", name, classShort[c])
		}
	}
}

func TestScanLines(t *testing.T) {
	// Only a line that begins a logical line is safe to lex from.
	src := "a = (1,\n     2)\nb = '''x\ny'''\nc = 1 + \\\n  2\nd = 's\\\nt'\ne = 1\n"
	starts, safe := scanLines(src)
	wantSafe := []bool{true, false, true, false, true, false, true, false, true}
	if len(starts) != len(wantSafe) || !slices.Equal(safe, wantSafe) {
		t.Fatalf("starts %v safe %v, want safe %v", starts, safe, wantSafe)
	}
	for i, s := range starts {
		if s != 0 && src[s-1] != '\n' {
			t.Errorf("line %d starts at %d, not after a newline", i, s)
		}
	}
	// An unclosed bracket leaves the rest of the text one chunk; a
	// stray closing one is ignored.
	_, safe = scanLines(")\nf(\nx\n")
	if !slices.Equal(safe, []bool{true, true, false}) {
		t.Errorf("brackets: safe %v", safe)
	}
}

// checkChunks fails unless classifying text chunk by chunk, each chunk
// from one safe line to another, classes every byte as classifying the
// whole text does.
func checkChunks(t *testing.T, text string) {
	t.Helper()
	whole := classify(text)
	if len(whole) != len(text) {
		t.Fatalf("%q: %d classes for %d bytes", text, len(whole), len(text))
	}
	starts, safe := scanLines(text)
	var from []int
	for i, s := range starts {
		if safe[i] {
			from = append(from, s)
		}
	}
	from = append(from, len(text))
	for k := 0; k+1 < len(from); k++ {
		for _, to := range []int{from[k+1], len(text)} {
			if got := classify(text[from[k]:to]); !slices.Equal(got, whole[from[k]:to]) {
				t.Fatalf("%q: chunk %q classed\n%s\nnot as in the whole text\n%s", text, text[from[k]:to],
					markup(text[from[k]:to], got), markup(text[from[k]:to], whole[from[k]:to]))
			}
		}
	}
}

func TestClassifyChunks(t *testing.T) {
	for _, tt := range classifyTests {
		checkChunks(t, tt.src)
	}
}

func FuzzClassify(f *testing.F) {
	for _, tt := range classifyTests {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkChunks(t, text)
	})
}

func BenchmarkClassify(b *testing.B) {
	src, _ := benchSource()
	text := string(src)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		classify(text)
	}
}
