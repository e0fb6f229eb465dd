package scenarios

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed programs/*.py lessons/*.lesson
var files embed.FS

// Default is the name of the example quicken shows when started with no
// arguments.
const Default = "mul.py"

// Names returns the bundled examples' file names, sorted.
func Names() []string {
	entries, err := fs.ReadDir(files, "programs")
	if err != nil {
		// The embedded tree is fixed at build time: failing to list it
		// is a build defect, not a runtime condition.
		panic("scenarios: " + err.Error())
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// Source returns the source of the named example.
func Source(name string) ([]byte, error) {
	return files.ReadFile("programs/" + name)
}
