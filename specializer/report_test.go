package specializer

import (
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// statsProgram drives three BINARY_OP sites whose counters follow from
// the fact sheet (§2.1, §3.2, §3.3):
//   - add: the loop quickens at its 7th backward jump (RESUME + 7), so 7
//     iterations run the base BINARY_OP; the 8th specializes to
//     BINARY_OP_ADD_INT and hits, as do the other 92: success 1, hit 93;
//   - mixed: int + float never specializes; after 7 base executions, 93
//     adaptive ones, each deferred once, with failed attempts at
//     executions 1, 2, 5, 12, 27 and 58: failure 6 (kind 8,
//     ADD_DIFFERENT_TYPES), deferred 93;
//   - g: 7 base calls, the 8th specializes to ADD_INT and hits; then 100
//     float calls: 53 misses (the 53rd deopts), 31 deferrals, the 85th
//     respecializes to ADD_FLOAT and hits, and 15 more hits: success 2,
//     hit 17, miss 53, deferred 31, deopt 1.
//
// A miss runs the base instruction through dispatch, as CPython 3.11's
// miss path does (so a pystats build counts an execution of BINARY_OP),
// while a deferred execution jumps into the base body uncounted: 7 + 7 +
// 7 base executions before quickening, plus g's 53 misses, make 74.
const statsProgram = `def add(n):
    t = 0
    for i in range(n):
        t = t + i
    return t

def mixed(n):
    for i in range(n):
        x = i + 0.5
    return x

def g(a, b):
    return a + b

print(add(100), mixed(100))
for i in range(8):
    g(1, 2)
for i in range(100):
    g(1.0, 2.0)
`

func TestStatsSites(t *testing.T) {
	st := runStats(t, statsProgram)
	for _, c := range []struct {
		line                                         int
		success, failure, hit, miss, deferred, deopt int64
	}{
		{4, 1, 0, 93, 0, 0, 0},
		{9, 0, 6, 0, 0, 93, 0},
		{13, 2, 0, 17, 53, 31, 1},
	} {
		s := siteOnLine(t, st, op.BINARY_OP, c.line)
		got := [6]int64{s.Success, s.Failure, s.Hit, s.Miss, s.Deferred, s.Deopt}
		want := [6]int64{c.success, c.failure, c.hit, c.miss, c.deferred, c.deopt}
		if got != want {
			t.Errorf("line %d: success, failure, hit, miss, deferred, deopt = %v, want %v", c.line, got, want)
		}
	}
	if n := siteOnLine(t, st, op.BINARY_OP, 9).FailureKinds[8]; n != 6 {
		t.Errorf("line 9: %d failures of kind 8 (ADD_DIFFERENT_TYPES), want 6", n)
	}
	// 7 base executions per site before quickening, and one per miss.
	if n := st.Executions[op.BINARY_OP]; n != 74 {
		t.Errorf("BINARY_OP executed %d times, want 74", n)
	}
}

// TestWriteStatsFamily checks the BINARY_OP section of the report: the
// three sites of statsProgram summed, in summarize_stats.py's layout.
func TestWriteStatsFamily(t *testing.T) {
	st := runStats(t, statsProgram)
	var b strings.Builder
	if err := WriteStats(&b, st); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	const want = `### BINARY_OP

<details>
<summary> specialization stats for BINARY_OP family </summary>

|Kind | Count | Ratio | 
|---|---|---|
|  unquickened |           74 | 20.5% |
| specialization.deferred |          124 | 34.3% |
| specialization.deopt |            1 | 0.3% |
|          hit |          110 | 30.5% |
|         miss |           53 | 14.7% |

#### Specialization attempts

| | Count | Ratio | 
|---|---:|---:|
| Success | 3 | 33.3% |
| Failure | 6 | 66.7% |

|Failure kind | Count | Ratio | 
|---|---:|---:|
| add different types | 6 | 100.0% |


</details>
`
	if !strings.Contains(out, want) {
		t.Errorf("BINARY_OP section missing or different; report:\n%s", out)
	}
	for _, s := range []string{
		"## Execution counts\n\n<details>\n<summary> execution counts for all instructions </summary>\n\n|Name | Count | Self | Cumulative | Miss ratio | \n|---|---:|---:|---:|---:|\n",
		"## Specialization stats\n\n<details>\n<summary> specialization stats by family </summary>\n",
		"## Specialization effectiveness\n\n<details>\n<summary> specialization effectiveness </summary>\n",
		"| /tmp/prog.py:4 | add | 44 | BINARY_OP | 1 | 0 | 93 | 0 | 0 | 0 |  |\n",
		"| /tmp/prog.py:9 | mixed | 40 | BINARY_OP | 0 | 6 | 0 | 0 | 93 | 0 | add different types: 6 |\n",
		"| /tmp/prog.py:13 | g | 6 | BINARY_OP | 2 | 0 | 17 | 53 | 31 | 1 |  |\n",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q; report:\n%s", s, out)
		}
	}
}

func TestFailureKindName(t *testing.T) {
	for _, c := range []struct {
		base op.Opcode
		kind int
		name string
		want string
	}{
		{op.BINARY_OP, 8, "SPEC_FAIL_BINARY_OP_ADD_DIFFERENT_TYPES", "add different types"},
		{op.LOAD_ATTR, 2, "SPEC_FAIL_OVERRIDDEN", "overridden"},
		{op.LOAD_ATTR, 0, "", "other"},
		{op.STORE_ATTR, 17, "SPEC_FAIL_ATTR_NOT_MANAGED_DICT", "not managed dict"},
		{op.BINARY_SUBSCR, 9, "SPEC_FAIL_SUBSCR_LIST_SLICE", "list slice"},
		{op.PRECALL, 12, "SPEC_FAIL_CALL_PYTHON_CLASS", "python class"},
		{op.LOAD_METHOD, 8, "SPEC_FAIL_LOAD_METHOD_PROPERTY", "property"},
		{op.COMPARE_OP, 12, "", "kind 12"},
		{op.COMPARE_OP, 12, "SPEC_FAIL_BINARY_OP_OR", "kind 12"},
	} {
		if got := FailureKindName(c.base, c.kind, c.name); got != c.want {
			t.Errorf("FailureKindName(%s, %d, %q) = %q, want %q", c.base, c.kind, c.name, got, c.want)
		}
	}
}
