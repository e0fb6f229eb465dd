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
		for _, op := range hunk {
			if lines == maxLines {
				sb.WriteString("[… diff truncated]\n")
				return sb.String()
			}
			text := a
			idx := op.aLine
			if op.kind == '+' {
				text, idx = b, op.bLine
			}
			fmt.Fprintf(&sb, "%c%s\n", op.kind, text[idx])
			lines++
		}
		i = end
	}
	return sb.String()
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
