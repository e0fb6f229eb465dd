package specializer

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Families lists the base instructions of CPython 3.11's specializable
// families (those with an adaptive form), in opcode order: the order in
// which summarize_stats.py lists them.
var Families = []op.Opcode{
	op.BINARY_SUBSCR, op.STORE_SUBSCR, op.UNPACK_SEQUENCE, op.STORE_ATTR,
	op.LOAD_ATTR, op.COMPARE_OP, op.LOAD_GLOBAL, op.BINARY_OP,
	op.LOAD_METHOD, op.PRECALL, op.CALL,
}

func specializable(o op.Opcode) bool {
	for _, f := range Families {
		if f == o {
			return true
		}
	}
	return false
}

// commonKinds are the failure kinds every family shares (kinds 0-6),
// named as summarize_stats.py names them.
var commonKinds = [...]string{"other", "no dict", "overridden", "out of versions",
	"out of range", "expected error", "wrong number arguments"}

// FailureKindName names failure kind k of base's family as CPython's
// Tools/scripts/summarize_stats.py does: a common kind (below 7) by its
// shared name; any other by its SPEC_FAIL_ name without the family's
// prefix (ATTR for LOAD_ATTR and STORE_ATTR, SUBSCR for BINARY_SUBSCR and
// STORE_SUBSCR, CALL for CALL and PRECALL), lowercased with spaces for
// underscores ("different types" for SPEC_FAIL_BINARY_OP_DIFFERENT_TYPES);
// "kind N" when the name the specializer reported (name) has no such
// prefix or there is none.
func FailureKindName(base op.Opcode, k int, name string) string {
	if k >= 0 && k < len(commonKinds) {
		return commonKinds[k]
	}
	prefix := base.String()
	switch {
	case strings.HasSuffix(prefix, "ATTR"):
		prefix = "ATTR"
	case strings.HasSuffix(prefix, "SUBSCR"):
		prefix = "SUBSCR"
	case strings.HasPrefix(prefix, "PRECALL"):
		prefix = "CALL"
	}
	if rest, ok := strings.CutPrefix(name, "SPEC_FAIL_"+prefix+"_"); ok && rest != "" {
		return strings.ToLower(strings.ReplaceAll(rest, "_", " "))
	}
	return fmt.Sprintf("kind %d", k)
}

// WriteStats writes the specialization statistics of a run in the shape
// of the Markdown CPython's Tools/scripts/summarize_stats.py (3.11)
// prints from a --enable-pystats build, for the sections quicken counts:
// "Execution counts", "Specialization stats" (per family: a Kind | Count
// | Ratio table with unquickened = executions of the base instruction,
// deferred, deopt, hit and miss; Success/Failure attempts; failure kinds
// by name), and "Specialization effectiveness". Pair counts, call and
// object statistics are not kept. Then what CPython cannot give: the same
// counters per instruction site ("Specialization by instruction site":
// file:line, the function, the offset in bytes as dis shows it, the
// family, its counters and failure kinds).
//
// Differences from a pystats build of CPython that show in the numbers:
// a BINARY_OP whose operator 3.11 never specializes, and a COMPARE_OP not
// followed by a conditional jump, revert to their base instruction for
// good as in an ordinary build (pystats counts a failure every time
// instead); FOR_ITER, which a pystats build counts as a failing
// specializable instruction, is an ordinary one here; the "Miss ratio"
// of a specialized instruction is shown only when it is the one form of
// its family that ran (misses are kept per family and site, not per
// form).
func WriteStats(w io.Writer, st *vm.SpecStats) error {
	b := bufio.NewWriter(w)
	var total int64
	for _, n := range st.Executions {
		total += n
	}
	fams := map[op.Opcode]vm.FamilyStats{}
	for _, f := range Families {
		fams[f] = st.Family(f)
	}
	writeExecutionCounts(b, st, fams, total)
	writeFamilyStats(b, st, fams)
	writeEffectiveness(b, st, fams, total)
	writeSiteStats(b, st)
	return b.Flush()
}

func percent(n, total int64) string {
	if total == 0 {
		return ""
	}
	return fmt.Sprintf("%0.1f%%", 100*float64(n)/float64(total))
}

// section writes a summarize_stats section: a Markdown heading and a
// <details> block around body.
func section(w io.Writer, title string, level int, summary string, body func()) {
	if summary == "" {
		summary = strings.ToLower(title)
	}
	fmt.Fprintf(w, "%s %s\n\n<details>\n<summary> %s </summary>\n\n", strings.Repeat("#", level), title, summary)
	body()
	fmt.Fprint(w, "\n</details>\n\n")
}

// table writes a Markdown table as summarize_stats does: a header whose
// columns ending in ":" are right-aligned, then one line per row.
func table(w io.Writer, header []string, rows [][]string) {
	head, under := "|", "|"
	for _, h := range header {
		u := "---"
		if t, ok := strings.CutSuffix(h, ":"); ok {
			h, u = t, u+":"
		}
		head += h + " | "
		under += u + "|"
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, under)
	for _, r := range rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(r, " | "))
	}
	fmt.Fprintln(w)
}

func writeExecutionCounts(w io.Writer, st *vm.SpecStats, fams map[op.Opcode]vm.FamilyStats, total int64) {
	// The forms of each family that ran, to attribute its misses.
	formsRun := map[op.Opcode]int{}
	for i, n := range st.Executions {
		if o := op.Opcode(i); n > 0 && o.Kind() == op.Specialized && specializable(o.Base()) {
			formsRun[o.Base()]++
		}
	}
	type row struct {
		name  string
		count int64
		miss  int64
	}
	var rows []row
	for i, n := range st.Executions {
		if n == 0 {
			continue
		}
		o := op.Opcode(i)
		r := row{name: o.String(), count: n}
		if o.Kind() == op.Specialized && specializable(o.Base()) && formsRun[o.Base()] == 1 {
			r.miss = fams[o.Base()].Miss
		}
		rows = append(rows, r)
	}
	// summarize_stats sorts (count, name, miss) tuples in reverse.
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].count != rows[j].count {
			return rows[i].count > rows[j].count
		}
		return rows[i].name > rows[j].name
	})
	section(w, "Execution counts", 2, "execution counts for all instructions", func() {
		var cells [][]string
		var cumulative int64
		for _, r := range rows {
			cumulative += r.count
			miss := ""
			if r.miss != 0 {
				miss = percent(r.miss, r.count)
			}
			cells = append(cells, []string{r.name, fmt.Sprint(r.count), percent(r.count, total), percent(cumulative, total), miss})
		}
		table(w, []string{"Name", "Count:", "Self:", "Cumulative:", "Miss ratio:"}, cells)
	})
}

func writeFamilyStats(w io.Writer, st *vm.SpecStats, fams map[op.Opcode]vm.FamilyStats) {
	section(w, "Specialization stats", 2, "specialization stats by family", func() {
		for _, f := range Families {
			s := fams[f]
			unquickened := st.Executions[f]
			total := s.Deferred + s.Hit + s.Miss + unquickened
			if total == 0 {
				continue
			}
			name := f.String()
			section(w, name, 3, "specialization stats for "+name+" family", func() {
				// The counters a pystats build prints (the non-zero
				// ones), in its alphabetical key order.
				var rows [][]string
				for _, kv := range []struct {
					label string
					n     int64
				}{
					{"unquickened", unquickened},
					{"specialization.deferred", s.Deferred},
					{"specialization.deopt", s.Deopt},
					{"hit", s.Hit},
					{"miss", s.Miss},
				} {
					if kv.n != 0 {
						rows = append(rows, []string{fmt.Sprintf("%12s", kv.label), fmt.Sprintf("%12d", kv.n), percent(kv.n, total)})
					}
				}
				table(w, []string{"Kind", "Count", "Ratio"}, rows)
				writeAttempts(w, st, f, s)
			})
		}
	})
}

// writeAttempts writes a family's (or a site's) Success/Failure table and
// its failure kinds, most frequent first.
func writeAttempts(w io.Writer, st *vm.SpecStats, base op.Opcode, s vm.FamilyStats) {
	fmt.Fprint(w, "#### Specialization attempts\n\n")
	attempts := s.Success + s.Failure
	table(w, []string{"", "Count:", "Ratio:"}, [][]string{
		{"Success", fmt.Sprint(s.Success), percent(s.Success, attempts)},
		{"Failure", fmt.Sprint(s.Failure), percent(s.Failure, attempts)},
	})
	var rows [][]string
	for _, k := range kindOrder(s) {
		rows = append(rows, []string{FailureKindName(base, k, st.KindName(base, k)), fmt.Sprint(s.FailureKinds[k]), percent(s.FailureKinds[k], s.Failure)})
	}
	table(w, []string{"Failure kind", "Count:", "Ratio:"}, rows)
}

// kindOrder returns the failure kinds counted in s, most frequent first
// (ties: the higher kind first, as summarize_stats sorts).
func kindOrder(s vm.FamilyStats) []int {
	var ks []int
	for k, n := range s.FailureKinds {
		if n != 0 {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := s.FailureKinds[ks[i]], s.FailureKinds[ks[j]]
		if a != b {
			return a > b
		}
		return ks[i] > ks[j]
	})
	return ks
}

// writeEffectiveness sorts executed instructions as summarize_stats'
// categorized_counts does: base instructions of specializable families
// and adaptive forms are "not specialized", so are the misses of
// specialized forms; the other executions of specialized forms (the
// *_QUICK forms among them, as in CPython's script) are "specialized";
// everything else, superinstructions included, is "basic".
func writeEffectiveness(w io.Writer, st *vm.SpecStats, fams map[op.Opcode]vm.FamilyStats, total int64) {
	var basic, notSpecialized, specialized int64
	for i, n := range st.Executions {
		o := op.Opcode(i)
		switch {
		case n == 0:
		case o.Kind() == op.Base && specializable(o):
			notSpecialized += n
		case o.Kind() == op.Adaptive:
			notSpecialized += n
		case o.Kind() == op.Specialized:
			specialized += n
		default:
			basic += n
		}
	}
	for _, f := range Families {
		notSpecialized += fams[f].Miss
		specialized -= fams[f].Miss
	}
	section(w, "Specialization effectiveness", 2, "", func() {
		table(w, []string{"Instructions", "Count:", "Ratio:"}, [][]string{
			{"Basic", fmt.Sprint(basic), percent(basic, total)},
			{"Not specialized", fmt.Sprint(notSpecialized), percent(notSpecialized, total)},
			{"Specialized", fmt.Sprint(specialized), percent(specialized, total)},
		})
	})
}

// writeSiteStats writes the counters per adaptive instruction site, by
// file, line and offset: what a pystats build cannot tell.
func writeSiteStats(w io.Writer, st *vm.SpecStats) {
	sites := st.Sites()
	section(w, "Specialization by instruction site", 2, "specialization stats per instruction", func() {
		var rows [][]string
		for _, s := range sites {
			var kinds []string
			for _, k := range kindOrder(s.FamilyStats) {
				kinds = append(kinds, fmt.Sprintf("%s: %d", FailureKindName(s.Base, k, st.KindName(s.Base, k)), s.FailureKinds[k]))
			}
			rows = append(rows, []string{
				fmt.Sprintf("%s:%d", s.Code.Filename, s.Line), s.Code.QualName, fmt.Sprint(2 * s.Offset), s.Base.String(),
				fmt.Sprint(s.Success), fmt.Sprint(s.Failure), fmt.Sprint(s.Hit), fmt.Sprint(s.Miss),
				fmt.Sprint(s.Deferred), fmt.Sprint(s.Deopt), strings.Join(kinds, ", "),
			})
		}
		table(w, []string{"Site", "Function", "Offset:", "Family", "Success:", "Failure:", "Hit:", "Miss:", "Deferred:", "Deopt:", "Failure kinds"}, rows)
	})
}
