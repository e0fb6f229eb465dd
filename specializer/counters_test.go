package specializer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The adaptive counters every family shares, seen through BINARY_OP
// sites and compared with CPython 3.11 at chosen points: the backoff
// schedule of failed attempts and its cap, the 53-miss budget, the
// deoptimisation to the adaptive form with counter 501 and the 31
// deferrals before the next attempt, and the warm-up that quickens code.

var disInstrRE = regexp.MustCompile(`^\s*(?:\d+\s+)?(?:>>\s+)?\d+ ([A-Z_]+)`)
var disCounterRE = regexp.MustCompile(`\(counter: (\d+)\)`)

// siteState finds, in an adaptive disassembly, function fn's first
// instruction whose name starts with prefix and returns that name and
// its counter (the first cache unit; -1 if the disassembly shows none,
// as for code never quickened).
func siteState(t *testing.T, dis, fn, prefix string) (name string, counter int) {
	t.Helper()
	lines := strings.Split(dis, "\n")
	in := false
	for i, l := range lines {
		if strings.HasPrefix(l, "== ") {
			in = l == "== "+fn
			continue
		}
		if !in {
			continue
		}
		m := disInstrRE.FindStringSubmatch(l)
		if m == nil || !strings.HasPrefix(m[1], prefix) {
			continue
		}
		if i+1 < len(lines) {
			if c := disCounterRE.FindStringSubmatch(lines[i+1]); c != nil {
				n, _ := strconv.Atoi(c[1])
				return m[1], n
			}
		}
		return m[1], -1
	}
	t.Fatalf("no %s... in %s", prefix, fn)
	return "", 0
}

// backoffModel is the counter word after n executions of an adaptive
// instruction whose every attempt fails (CPython 3.11: an attempt when
// the 12-bit count is 0, then adaptive_counter_backoff, then the
// deferred path of the same execution subtracts 16).
func backoffModel(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		if c < 16 {
			b := c&15 + 1
			if b > 12 {
				b = 12
			}
			c = (1<<b-1)<<4 | b
		}
		c -= 16
	}
	return c
}

// A never-specializable int + float: attempts at executions 1, 2, 5, 12,
// 27, 58, ... (the gap after the k-th failure is 2**min(k, 12) - 1),
// capped at backoff 12 (counter 65516 right after an attempt). Each
// function runs the site a different number of times in one call; the
// loop quickens the code after its 7th iteration (1 RESUME + 7
// JUMP_BACKWARD), so the site runs adaptive n times for 7+n items.
func TestCounterBackoffSchedule(t *testing.T) {
	points := []int{1, 2, 3, 4, 5, 6, 11, 12, 13, 26, 27, 28, 58, 121, 248, 503, 1014, 2037, 2038, 4083, 4084, 4085, 4100, 8179, 8180}
	var b strings.Builder
	for _, n := range points {
		fmt.Fprintf(&b, "def f%d(items):\n    t = 0\n    for x in items:\n        t = x + 0.5\n    return t\n\n", n)
	}
	for _, n := range points {
		fmt.Fprintf(&b, "print(f%d([1] * %d))\n", n, n+7)
	}
	dis := checkAdaptive(t, b.String())
	want := map[int]int{1: 1, 2: 34, 3: 18, 4: 2, 5: 99, 12: 228, 27: 485, 58: 998, 4084: 65516, 8179: 65516}
	for _, n := range points {
		name, got := siteState(t, dis, fmt.Sprintf("f%d", n), "BINARY_OP")
		if name != "BINARY_OP_ADAPTIVE" {
			t.Errorf("f%d: %s, want BINARY_OP_ADAPTIVE", n, name)
		}
		if got != backoffModel(n) {
			t.Errorf("f%d: counter %d after %d executions, the model says %d", n, got, n, backoffModel(n))
		}
		if w, ok := want[n]; ok && got != w {
			t.Errorf("f%d: counter %d after %d executions, want %d", n, got, n, w)
		}
	}
}

// An int + int site specialized to BINARY_OP_ADD_INT, then fed floats:
// every execution misses (52 ... 1), the 53rd deopts it to
// BINARY_OP_ADAPTIVE with counter 501, 31 deferrals count that down to 5,
// and the 32nd execution after the deopt specializes again, to
// BINARY_OP_ADD_FLOAT (53: the hit runs in the same execution).
func TestCounterMissDeoptTimeline(t *testing.T) {
	type point struct {
		floats  int
		form    string
		counter int
	}
	points := []point{
		{0, "BINARY_OP_ADD_INT", 53},
		{1, "BINARY_OP_ADD_INT", 52},
		{2, "BINARY_OP_ADD_INT", 51},
		{52, "BINARY_OP_ADD_INT", 1},
		{53, "BINARY_OP_ADAPTIVE", 501},
		{54, "BINARY_OP_ADAPTIVE", 485},
		{84, "BINARY_OP_ADAPTIVE", 5},
		{85, "BINARY_OP_ADD_FLOAT", 53},
		{86, "BINARY_OP_ADD_FLOAT", 53},
	}
	var b strings.Builder
	for _, p := range points {
		fmt.Fprintf(&b, "def d%d(items):\n    t = 0\n    for x in items:\n        t = x + x\n    return t\n\n", p.floats)
	}
	for _, p := range points {
		// 8 ints: 7 before quickening, the 8th specializes.
		fmt.Fprintf(&b, "print(d%d([1] * 8 + [1.5] * %d))\n", p.floats, p.floats)
	}
	// A site whose misses alternate with hits: only misses count.
	for _, k := range []int{1, 2, 3, 10} {
		fmt.Fprintf(&b, "def alt%d(items):\n    t = 0\n    for x in items:\n        t = x + x\n    return t\n\n", k)
		fmt.Fprintf(&b, "print(alt%d([1] * 8 + [1.5, 2] * %d))\n", k, k)
		fmt.Fprintf(&b, "print(alt%d([3] * %d))\n", k, k)
	}
	// Repeated cycles: 53 misses, 31 deferrals, respecialization, as
	// long as the operand types keep changing.
	b.WriteString(`
def cycle(items):
    t = 0
    for x in items:
        t = x * x
    return t

print(cycle([2] * 8 + [2.5] * 85 + [3] * 85 + [1.0] * 60))
`)
	dis := checkAdaptive(t, b.String())
	for _, p := range points {
		name, c := siteState(t, dis, fmt.Sprintf("d%d", p.floats), "BINARY_OP")
		if name != p.form || c != p.counter {
			t.Errorf("after %d floats: %s counter %d, want %s counter %d", p.floats, name, c, p.form, p.counter)
		}
	}
	for _, k := range []int{1, 2, 3, 10} {
		name, c := siteState(t, dis, fmt.Sprintf("alt%d", k), "BINARY_OP")
		if name != "BINARY_OP_ADD_INT" || c != 53-k {
			t.Errorf("alt%d: %s counter %d, want BINARY_OP_ADD_INT counter %d", k, name, c, 53-k)
		}
	}
	// MULTIPLY_INT; 85 floats: 53 misses, 31 deferrals, MULTIPLY_FLOAT;
	// 85 ints: the same back to MULTIPLY_INT; 60 floats: 53 misses and 7
	// deferrals (501 - 7*16).
	if name, c := siteState(t, dis, "cycle", "BINARY_OP"); name != "BINARY_OP_ADAPTIVE" || c != 389 {
		t.Errorf("cycle: %s counter %d, want BINARY_OP_ADAPTIVE counter 389", name, c)
	}
}

// Warm-up: 8 RESUMEs or JUMP_BACKWARDs quicken a code object, in the
// middle of the 8th (a loop's 8th event is its last jump back: FOR_ITER
// may then exit before the body's adaptive instructions run); the bottom of a `while cond:` loop
// (POP_JUMP_BACKWARD_IF_TRUE) does not count; a generator counts each
// resumption.
func TestCounterWarmup(t *testing.T) {
	src := `
def f7(a, b):
    return a + b

def f8(a, b):
    return a + b

def f9(a, b):
    return a + b

def loop6(items):
    t = 0
    for x in items:
        t = t + x
    return t

def loop7(items):
    t = 0
    for x in items:
        t = t + x
    return t

def loop8(items):
    t = 0
    for x in items:
        t = t + x
    return t

def loop3(items):
    t = 0
    for x in items:
        t = t + x
    return t

def loop3b(items):
    t = 0
    for x in items:
        t = t + x
    return t

def loop3c(items):
    t = 0
    for x in items:
        t = t + x
    return t

def while_loop(n):
    i = 0
    while i < n:
        i = i + 1
    return i

def while_true(n):
    i = 0
    while True:
        i = i + 1
        if i == n:
            break
    return i

def while_true8(n):
    i = 0
    while True:
        i = i + 1
        if i == n:
            break
    return i

def gen(n):
    k = 0
    while k < n:
        yield k * 2
        k = k + 1

def gen2(n):
    k = 0
    while k < n:
        yield k * 2
        k = k + 1

def gen3(n):
    k = 0
    while k < n:
        yield k * 2
        k = k + 1

for i in range(7):
    f7(1, 2)
for i in range(8):
    f8(1, 2)
for i in range(9):
    f9(1.0, 2)
print(loop6([1] * 6), loop7([1] * 7), loop8([1] * 8))
print(loop3([1, 2, 3]), loop3([1, 2, 3, 4]), loop3b([1, 2, 3]), loop3b([1, 2]), loop3c([1, 2, 3]), loop3c([1, 2, 3]))
print(while_loop(1000), while_true(7), while_true8(9))
g = gen(20)
print([next(g) for i in range(7)])
g = gen2(20)
print([next(g) for i in range(8)])
g = gen3(20)
print([next(g) for i in range(9)])
`
	dis := checkAdaptive(t, src)
	for fn, want := range map[string]string{
		"f7": "BINARY_OP", "f8": "BINARY_OP_ADD_INT", "f9": "BINARY_OP_ADAPTIVE",
		"loop6": "BINARY_OP", "loop7": "BINARY_OP_ADAPTIVE", "loop8": "BINARY_OP_ADD_INT",
		"loop3": "BINARY_OP_ADD_INT", "loop3b": "BINARY_OP", "loop3c": "BINARY_OP_ADAPTIVE",
		"while_loop": "BINARY_OP", "while_true": "BINARY_OP", "while_true8": "BINARY_OP_ADD_INT",
		"gen": "BINARY_OP", "gen2": "BINARY_OP_MULTIPLY_INT", "gen3": "BINARY_OP_MULTIPLY_INT",
	} {
		name, _ := siteState(t, dis, fn, "BINARY_OP")
		if name != want {
			t.Errorf("%s: %s, want %s", fn, name, want)
		}
	}
}

// rewriteLog is a Listener keeping the rewrites of the VM's run.
type rewriteLog struct {
	events []vm.Rewrite
}

func (*rewriteLog) WantInstructions() bool { return false }

func (l *rewriteLog) Event(e *vm.Event) {
	if e.Kind == vm.EvRewrite {
		l.events = append(l.events, *e.Rewrite)
	}
}

// A Listener sees what happens at a site, in a learner's words; the site
// history keeps the changes of form.
func TestRewriteEventsAndHistory(t *testing.T) {
	src := `
def add(a, b):
    return a + b

for i in range(8):
    add(1, 2)
for i in range(53):
    add(1, 2.5)
for i in range(32):
    add(1.5, 2.5)
`
	code, err := vm.Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatal(err)
	}
	m := vm.New(vm.Options{Stdin: strings.NewReader(""), Argv: []string{"/tmp/prog.py"}})
	Attach(m)
	m.KeepHistory(true)
	log := &rewriteLog{}
	m.SetListener(log)
	if _, err := m.RunMain(code); err != nil {
		t.Fatal(err)
	}
	var site *vm.Code
	at := -1
	var texts []string
	for i := range log.events {
		r := &log.events[i]
		if r.Code.Name != "add" || r.From.Base() != op.BINARY_OP {
			continue
		}
		site, at = r.Code, r.Offset
		texts = append(texts, r.String())
	}
	if site == nil {
		t.Fatal("no rewrite of add's BINARY_OP")
	}
	wantTexts := []string{
		"BINARY_OP → BINARY_OP_ADAPTIVE (quickened",
		"BINARY_OP_ADAPTIVE → BINARY_OP_ADD_INT (int + int: both operands exactly int)",
		"BINARY_OP_ADD_INT miss 1/53: right operand was float",
		"BINARY_OP_ADD_INT miss 52/53: right operand was float",
		"BINARY_OP_ADD_INT miss 53/53: right operand was float → back to BINARY_OP_ADAPTIVE, backoff 501",
		"BINARY_OP_ADAPTIVE → BINARY_OP_ADD_FLOAT (float + float",
	}
	if testing.Verbose() {
		t.Logf("rewrites at add's BINARY_OP:\n%s", strings.Join(texts, "\n"))
	}
	if len(texts) != 2+53+1 {
		t.Errorf("%d rewrites at the site, want 56 (quicken, specialize, 53 misses, specialize):\n%s", len(texts), strings.Join(texts, "\n"))
	}
	for _, w := range wantTexts {
		found := false
		for _, s := range texts {
			if strings.HasPrefix(s, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no rewrite reads %q; got:\n%s", w, strings.Join(texts, "\n"))
		}
	}
	var kinds []vm.RewriteKind
	var forms []op.Opcode
	for _, r := range site.SiteHistory(at) {
		kinds = append(kinds, r.Kind)
		forms = append(forms, r.To)
	}
	wantKinds := []vm.RewriteKind{vm.RewriteQuickened, vm.RewriteSpecialized, vm.RewriteDeopted, vm.RewriteSpecialized}
	wantForms := []op.Opcode{op.BINARY_OP_ADAPTIVE, op.BINARY_OP_ADD_INT, op.BINARY_OP_ADAPTIVE, op.BINARY_OP_ADD_FLOAT}
	if fmt.Sprint(kinds) != fmt.Sprint(wantKinds) || fmt.Sprint(forms) != fmt.Sprint(wantForms) {
		t.Errorf("site history: kinds %v forms %v, want %v %v", kinds, forms, wantKinds, wantForms)
	}
}

// The statistics of one site through a miss/deopt cycle, as a pystats
// build counts them: 8 ints (7 before quickening, then a success and a
// hit), 85 floats (53 misses and a deopt, 31 deferrals, a success and a
// hit), 3 more floats (hits).
func TestCounterStats(t *testing.T) {
	src := `
def add(items):
    t = 0
    for x in items:
        t = x + x  # site
    return t

add([1] * 8 + [1.5] * 88)
`
	st := runStats(t, src)
	s := siteOnLine(t, st, op.BINARY_OP, bcLine(t, src, "# site"))
	want := vm.FamilyStats{Success: 2, Hit: 1 + 1 + 3, Miss: 53, Deopt: 1, Deferred: 31}
	if s.FamilyStats != want {
		t.Errorf("site stats %+v, want %+v", s.FamilyStats, want)
	}
	// Executions as a pystats build counts them: the 7 iterations before
	// quickening and each miss run plain BINARY_OP (plus the module's 3);
	// the adaptive form runs at both attempts and the 31 deferrals; a
	// form installed by an attempt runs again at once.
	for _, c := range []struct {
		o op.Opcode
		n int64
	}{
		{op.BINARY_OP, 7 + 53 + 3},
		{op.BINARY_OP_ADAPTIVE, 1 + 31 + 1},
		{op.BINARY_OP_ADD_INT, 1 + 53},
		{op.BINARY_OP_ADD_FLOAT, 1 + 3},
	} {
		if got := st.Executions[c.o]; got != c.n {
			t.Errorf("%s executed %d times, want %d", c.o, got, c.n)
		}
	}
}
