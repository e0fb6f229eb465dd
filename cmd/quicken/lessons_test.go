package main

import (
	"strings"
	"testing"

	"github.com/quicken-py/quicken/scenarios"
)

// TestScenarios lists the built-in lessons, numbered, with their titles.
func TestScenarios(t *testing.T) {
	r := runCLI(t, "scenarios")
	if r.status != exitOK || r.stderr != "" {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	for i, l := range scenarios.Lessons() {
		if !strings.Contains(r.stdout, l.Name) || !strings.Contains(r.stdout, l.Title) {
			t.Errorf("lesson %d (%s) is not listed:\n%s", i+1, l.Name, r.stdout)
		}
	}
	if !strings.HasPrefix(r.stdout, " 1  "+scenarios.DefaultLesson().Name) {
		t.Errorf("the first lesson is not listed first:\n%s", r.stdout)
	}
}

// TestLessonNamed finds built-in lessons by name and number, and leaves
// file paths alone.
func TestLessonNamed(t *testing.T) {
	first := scenarios.DefaultLesson().Name
	for _, arg := range []string{first, "1"} {
		l, all, ok, err := lessonNamed(arg)
		if err != nil || !ok || l.Lesson.Name != first || l.Number != 1 || len(all) != len(scenarios.Lessons()) {
			t.Errorf("lessonNamed(%q) = %v, %v, %v", arg, l, ok, err)
		}
		if len(l.Steps) != len(l.Lesson.Moments) {
			t.Errorf("%s: %d moment steps for %d moments", arg, len(l.Steps), len(l.Lesson.Moments))
		}
	}
	for _, arg := range []string{"prog.py", "no-such-lesson"} {
		if _, _, ok, err := lessonNamed(arg); ok || err != nil {
			t.Errorf("lessonNamed(%q) found a lesson (%v)", arg, err)
		}
	}
}
