package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/quicken-py/quicken/scenarios"
)

const testLesson = `title: Test lesson
summary: A lesson for the explorer's tests.

== source
def mul(x, y):
    return x * y

== drive
call mul(2, 3) times 10

== moment step 5
The fifth step.

== moment step 40
Forty steps in: a narration long enough to be wrapped over more than one line of the lesson pane at 80 columns.
`

func testLessonModel(t *testing.T, w, h int, picker bool) *Model {
	t.Helper()
	l, err := scenarios.ParseLesson("test.lesson", []byte(testLesson))
	if err != nil {
		t.Fatal(err)
	}
	other, err := scenarios.ParseLesson("other.lesson", []byte(strings.Replace(testLesson, "Test lesson", "Other lesson", 1)))
	if err != nil {
		t.Fatal(err)
	}
	ls := []*Lesson{{Lesson: l, Number: 1, Of: 2, Steps: []int64{5, 40}}, {Lesson: other, Number: 2, Of: 2, Steps: []int64{5, 40}}}
	d := newTestDriver(t, ls[0].Program())
	m := newModel(d, Options{NoColor: true, Lesson: ls[0], Lessons: ls, Picker: picker})
	t.Cleanup(func() { m.d.Close() })
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	settle(m)
	return m
}

func TestLessonMoments(t *testing.T) {
	m := testLessonModel(t, 80, 24, false)
	if m.slotPane != paneLesson || !strings.Contains(screenText(m), "A lesson for the explorer's tests.") {
		t.Fatalf("the lesson's summary is not shown before its first moment:\n%s", screenText(m))
	}
	press(m, ">")
	if m.c.snap.Step != 5 || !strings.Contains(screenText(m), "The fifth step.") {
		t.Fatalf("> went to step %d:\n%s", m.c.snap.Step, screenText(m))
	}
	press(m, ">")
	if m.c.snap.Step != 40 || !strings.Contains(screenText(m), "Forty steps in") || !strings.Contains(screenText(m), "moment 2/2") {
		t.Fatalf("> again went to step %d:\n%s", m.c.snap.Step, screenText(m))
	}
	press(m, "<")
	if m.c.snap.Step != 5 {
		t.Fatalf("< went to step %d", m.c.snap.Step)
	}
	// Between moments the last one reached is narrated.
	press(m, "s", "s")
	if !strings.Contains(screenText(m), "The fifth step.") {
		t.Fatalf("after two steps:\n%s", screenText(m))
	}
	// Tab reaches the lesson pane too.
	for i := 0; i < numPanes; i++ {
		press(m, "tab")
	}
	if m.focus != paneSource {
		t.Fatalf("tab cycle with a lesson ends at %d", m.focus)
	}
	checkGolden(t, "lesson_80x24", m.Render())
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	checkGolden(t, "lesson_160x48", m.Render())
}

func TestLessonPicker(t *testing.T) {
	m := testLessonModel(t, 80, 24, true)
	if m.picker == nil || !strings.Contains(screenText(m), "Other lesson") {
		t.Fatalf("the picker is not open at start-up:\n%s", screenText(m))
	}
	first := m.d
	press(m, "down", "enter")
	if m.picker != nil || m.lesson.Lesson.Title != "Other lesson" || m.d == first {
		t.Fatalf("enter did not open the second lesson")
	}
	settle(m)
	if !strings.Contains(screenText(m), "lesson 2/2 · Other lesson") || m.c.snap.Step != 0 {
		t.Fatalf("the second lesson is not shown at step 0:\n%s", screenText(m))
	}
	press(m, "s", "s")
	if m.c.snap.Step != 2 {
		t.Fatalf("stepping the new lesson: step %d", m.c.snap.Step)
	}
	// L opens the picker again; esc keeps the current lesson.
	press(m, "L")
	if m.picker == nil || m.picker.cursor != 1 {
		t.Fatal("L did not open the picker on the current lesson")
	}
	press(m, "esc")
	if m.picker != nil || m.c.snap.Step != 2 {
		t.Fatalf("esc: picker %v, step %d", m.picker != nil, m.c.snap.Step)
	}
}
