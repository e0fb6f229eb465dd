package oracle

import (
	"fmt"
	"strings"
)

// Diff returns a compact unified diff from want to got ("" if equal):
// hunks with context lines of context, cut off after maxLines lines of
// output so that one bad file cannot flood a test log. Lines are compared
// exactly, including trailing blanks.
func Diff(wantName, want, gotName, got string, context, maxLines int) string {
	if want == got {
		return ""
	}
	a, b := splitLines(want), splitLines(got)
	ops := lineOps(a, b)

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", wantName, gotName)
	lines := 0
	// Walk the edit script, emitting each run of changes with up to
	// context unchanged lines on either side; nearby runs share a hunk.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			// Count the unchanged run; a short one joins the next change.
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run < len(ops) && run-end <= 2*context {
				end = run
				continue
			}
			end = min(end+context, len(ops))
			break
		}
		hunk := ops[start:end]
		aLine, bLine, aN, bN := hunk[0].aLine, hunk[0].bLine, 0, 0
		for _, op := range hunk {
			if op.kind != '+' {
				aN++
			}
			if op.kind != '-' {
				bN++
			}
		}
		fmt.Fprintf(&sb, "@@ -%d,%d +%d,%d @@\n", aLine+1, aN, bLine+1, bN)
		for _, line := range render(hunk, a, b) {
			if lines == maxLines {
				sb.WriteString("[… diff truncated]\n")
				return sb.String()
			}
			sb.WriteString(line)
			sb.WriteByte('\n')
			lines++
		}
		i = end
	}
	return sb.String()
}

// maxWidth is the longest line Diff shows whole. A longer changed line
// (a one-line ast.dump, say) is cut to a window around its first
// difference from the line it replaces.
const maxWidth = 160

// render formats a hunk's lines, pairing each run of removed lines with
// the run of added lines that follows it so that long lines can be cut
// around their first difference.
func render(hunk []lineOp, a, b []string) []string {
	text := func(op lineOp) string {
		if op.kind == '+' {
			return b[op.bLine]
		}
		return a[op.aLine]
	}
	out := make([]string, len(hunk))
	for i := 0; i < len(hunk); {
		if hunk[i].kind != '-' {
			out[i] = string(hunk[i].kind) + clip(text(hunk[i]), 0)
			i++
			continue
		}
		j := i
		for j < len(hunk) && hunk[j].kind == '-' {
			j++
		}
		k := j
		for k < len(hunk) && hunk[k].kind == '+' {
			k++
		}
		for m := i; m < k; m++ {
			// The partner of a removed line is the added line at the same
			// position in the following run, and vice versa.
			partner := -1
			if m < j && j+(m-i) < k {
				partner = j + (m - i)
			} else if m >= j && i+(m-j) < j {
				partner = i + (m - j)
			}
			at := 0
			if partner >= 0 {
				at = firstDiff(text(hunk[m]), text(hunk[partner]))
			}
			out[m] = string(hunk[m].kind) + clip(text(hunk[m]), at)
		}
		i = k
	}
	return out
}

func firstDiff(x, y string) int {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	return i
}

// clip returns line whole if it is short, else a window of it around byte
// offset at, marked with "…" where it was cut.
func clip(line string, at int) string {
	if len(line) <= maxWidth {
		return line
	}
	start := max(at-maxWidth/2, 0)
	end := min(start+maxWidth, len(line))
	// Keep whole UTF-8 sequences.
	for start > 0 && start < len(line) && line[start]&0xC0 == 0x80 {
		start--
	}
	for end < len(line) && line[end]&0xC0 == 0x80 {
		end++
	}
	s := line[start:end]
	if start > 0 {
		s = "…" + s
	}
	if end < len(line) {
		s += "…"
	}
	if at > 0 {
		s += fmt.Sprintf("  [first difference at byte %d]", at)
	}
	return s
}

// splitLines splits s into lines; a missing final newline shows as a
// marker so that it is visible in the diff.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		return lines[:len(lines)-1]
	}
	lines[len(lines)-1] += "⏎(no newline at end)"
	return lines
}

type lineOp struct {
	kind         byte // ' ', '-' (only in a) or '+' (only in b)
	aLine, bLine int  // 0-based index of the line in a and b
}

// maxCells bounds the longest-common-subsequence table; larger differing
// middles are shown as wholly replaced, which is still a correct diff.
const maxCells = 4 << 20

// lineOps returns an edit script turning a into b: the common prefix and
// suffix, and a longest common subsequence of the middle.
func lineOps(a, b []string) []lineOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []lineOp
	for i := 0; i < pre; i++ {
		ops = append(ops, lineOp{' ', i, i})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	n, m := len(ma), len(mb)
	if n*m <= maxCells {
		// lcs[i][j] is the LCS length of ma[i:] and mb[j:].
		lcs := make([][]int32, n+1)
		for i := range lcs {
			lcs[i] = make([]int32, m+1)
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && ma[i] == mb[j]:
				ops = append(ops, lineOp{' ', pre + i, pre + j})
				i, j = i+1, j+1
			case j < m && (i == n || lcs[i][j+1] > lcs[i+1][j]):
				ops = append(ops, lineOp{'+', pre + i, pre + j})
				j++
			default:
				ops = append(ops, lineOp{'-', pre + i, pre + j})
				i++
			}
		}
	} else {
		for i := 0; i < n; i++ {
			ops = append(ops, lineOp{'-', pre + i, pre})
		}
		for j := 0; j < m; j++ {
			ops = append(ops, lineOp{'+', pre + n, pre + j})
		}
	}
	for k := 0; k < suf; k++ {
		ops = append(ops, lineOp{' ', len(a) - suf + k, len(b) - suf + k})
	}
	return ops
}
