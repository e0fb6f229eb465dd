package scenarios

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// The built-in lessons are lessons/*.lesson, embedded; their file names
// start with a two-digit number that orders them.

// Lessons returns the built-in lessons in order. They are parsed when
// called; a lesson that does not parse is a build defect (the tests parse
// every one).
func Lessons() []*Lesson {
	entries, err := fs.ReadDir(files, "lessons")
	if err != nil {
		panic("scenarios: " + err.Error())
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".lesson") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []*Lesson
	for _, n := range names {
		l, err := loadLesson(n)
		if err != nil {
			panic("scenarios: " + err.Error())
		}
		out = append(out, l)
	}
	return out
}

func loadLesson(file string) (*Lesson, error) {
	b, err := files.ReadFile("lessons/" + file)
	if err != nil {
		return nil, err
	}
	l, err := ParseLesson(file, b)
	if err != nil {
		return nil, err
	}
	// Built-in lessons are named without their ordering number.
	if len(l.Name) > 3 && l.Name[2] == '-' {
		l.Name = l.Name[3:]
	}
	return l, nil
}

// LessonByName returns the built-in lesson called name (with or without
// its number, as `quicken scenarios` lists them).
func LessonByName(name string) (*Lesson, error) {
	name = strings.TrimSuffix(name, ".lesson")
	var known []string
	for _, l := range Lessons() {
		if l.Name == name {
			return l, nil
		}
		known = append(known, l.Name)
	}
	return nil, fmt.Errorf("no lesson %q (the lessons are: %s)", name, strings.Join(known, ", "))
}

// DefaultLesson is the lesson quicken opens with no arguments: the first.
func DefaultLesson() *Lesson { return Lessons()[0] }
