package tui

// siteKey names an instruction site: a code object and the code unit
// index of its instruction.
type siteKey struct{ codeID, offset int }

// histEntry is one line of a site's history: a rewrite, a failed
// attempt, a deopt, or a run of misses between two of those.
type histEntry struct {
	Kind EventKind
	// Step is when it happened (a run of misses: the first miss);
	// Last the last miss of a run and Count how many there were.
	Step, Last int64
	Count      int
	// Text is the event's description (a run of misses: the last
	// miss's); Missed and Reason, for misses, the form that missed and
	// why.
	Text   string
	Missed string
	Reason string
}

// siteHistory indexes Snapshot.Events by site. The timeline is an
// append-only slice shared by every snapshot of a run, so the index is
// built incrementally: only events past the ones already seen are
// filed, and a new run (or a shorter timeline) starts it afresh.
type siteHistory struct {
	prog  *Program
	run   int
	seen  int
	sites map[siteKey][]histEntry
}

// update files the events s has that h has not seen.
func (h *siteHistory) update(s *Snapshot) {
	if s == nil {
		return
	}
	if h.sites == nil || s.Program != h.prog || s.Run != h.run || len(s.Events) < h.seen {
		h.prog, h.run, h.seen, h.sites = s.Program, s.Run, 0, map[siteKey][]histEntry{}
	}
	for _, e := range s.Events[h.seen:] {
		h.add(e)
	}
	h.seen = len(s.Events)
}

func (h *siteHistory) add(e Event) {
	// A code object's own quickening (Offset -1) is also filed per
	// site, as each instruction's RewriteQuickened.
	if e.CodeID < 0 || e.Offset < 0 {
		return
	}
	switch e.Kind {
	case EvQuicken, EvSpecialize, EvFailure, EvDeopt, EvMiss:
	default:
		return
	}
	k := siteKey{e.CodeID, e.Offset}
	list := h.sites[k]
	if e.Kind == EvMiss {
		var missed, reason string
		if rw := e.Rewrite; rw != nil {
			missed, reason = rw.From.String(), rw.Reason
		}
		// Misses come by the dozen (53 of them before a 3.11 deopt):
		// one line counts those between two changes of the site.
		if n := len(list); n > 0 && list[n-1].Kind == EvMiss && list[n-1].Missed == missed {
			last := &list[n-1]
			last.Count++
			last.Last, last.Text, last.Reason = e.Step, e.Text, reason
			return
		}
		h.sites[k] = append(list, histEntry{Kind: EvMiss, Step: e.Step, Last: e.Step, Count: 1, Text: e.Text, Missed: missed, Reason: reason})
		return
	}
	h.sites[k] = append(list, histEntry{Kind: e.Kind, Step: e.Step, Last: e.Step, Count: 1, Text: e.Text})
}

// of returns the history of a site, oldest first. The slice must not be
// modified.
func (h *siteHistory) of(codeID, offset int) []histEntry {
	return h.sites[siteKey{codeID, offset}]
}

// String renders an entry as one line: "step 124 BINARY_OP →
// BINARY_OP_ADAPTIVE (quickened: …)", "steps 176–992 52 misses of
// BINARY_OP_MULTIPLY_INT: left operand was float".
func (e histEntry) String() string {
	if e.Kind == EvMiss && e.Count > 1 {
		s := "steps " + itoa(int(e.Step)) + "–" + itoa(int(e.Last)) + " " + itoa(e.Count) + " misses"
		if e.Missed == "" {
			return s + ", the last: " + e.Text
		}
		return s + " of " + e.Missed + ": " + e.Reason
	}
	return "step " + itoa(int(e.Step)) + " " + e.Text
}
