package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/tui"
)

// builtinLessons returns the built-in lessons with the step of each of
// their moments, found by running each (a lesson runs in milliseconds).
func builtinLessons() ([]*tui.Lesson, error) {
	all := scenarios.Lessons()
	out := make([]*tui.Lesson, 0, len(all))
	for i, l := range all {
		tl, err := resolveLesson(l)
		if err != nil {
			return nil, err
		}
		tl.Number, tl.Of = i+1, len(all)
		out = append(out, tl)
	}
	return out, nil
}

func resolveLesson(l *scenarios.Lesson) (*tui.Lesson, error) {
	r, err := scenarios.Resolve(l)
	if err != nil {
		return nil, fmt.Errorf("lesson %s: %w", l.Name, err)
	}
	return &tui.Lesson{Lesson: l, Steps: r.Steps}, nil
}

// scenariosCommand is `quicken scenarios`: the built-in lessons.
func scenariosCommand(stdout io.Writer) int {
	for i, l := range scenarios.Lessons() {
		fmt.Fprintf(stdout, "%2d  %-22s %s\n", i+1, l.Name, l.Title)
		if l.Summary != "" {
			fmt.Fprintf(stdout, "    %-22s %s\n", "", l.Summary)
		}
	}
	return exitOK
}

// exploreDefault is `quicken` with no arguments: the explorer on the
// first lesson, with the lesson picker open over it.
func exploreDefault(stderr io.Writer) int {
	lessons, err := builtinLessons()
	if err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: %v\n", err)
		return exitInternal
	}
	first := lessons[0]
	return explore(first.Program(), tui.Options{Lesson: first, Lessons: lessons, Picker: true}, stderr)
}

// lessonNamed finds a built-in lesson by name or number, for `quicken
// explore NAME`; ok is false when arg names none.
func lessonNamed(arg string) (*tui.Lesson, []*tui.Lesson, bool, error) {
	if strings.HasSuffix(arg, ".py") {
		return nil, nil, false, nil
	}
	if _, err := os.Stat(arg); err == nil {
		return nil, nil, false, nil
	}
	lessons, err := builtinLessons()
	if err != nil {
		return nil, nil, false, err
	}
	for _, l := range lessons {
		if l.Lesson.Name == arg || fmt.Sprint(l.Number) == arg {
			return l, lessons, true, nil
		}
	}
	return nil, nil, false, nil
}
