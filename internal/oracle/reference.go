package oracle

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

//go:embed reference.py
var referenceScript string

// PythonError is an exception CPython raised while answering a query (a
// SyntaxError for bad source, usually), as traceback.format_exception_only
// prints it.
type PythonError struct {
	Path string
	Text string
}

func (e *PythonError) Error() string {
	return fmt.Sprintf("python3 on %s: %s", e.Path, strings.TrimSpace(e.Text))
}

// ASTDump returns what
//
//	print(ast.dump(ast.parse(open(path).read()), indent=indent))
//
// prints, with indent -1 meaning indent=None (the one-line form).
func ASTDump(path string, indent int) (string, error) {
	return query(path, ReqASTIndent(indent))
}

// Dis returns what `python3 -m dis path` prints (showCaches false), or
// dis.dis(compile(source, path, "exec"), show_caches=True) (showCaches
// true). Code-object addresses are CPython's real ones: compare through
// NormalizeAddrs.
func Dis(path string, showCaches bool) (string, error) {
	if showCaches {
		return query(path, ReqDisCaches)
	}
	return query(path, ReqDis)
}

type answer struct {
	Out *string `json:"out"`
	Err *string `json:"err"`
}

type cacheEntry struct {
	once sync.Once
	val  string
	err  error
}

var cache struct {
	sync.Mutex
	m map[string]*cacheEntry // key: path + "\x00" + request
}

func entry(path, req string) *cacheEntry {
	cache.Lock()
	defer cache.Unlock()
	if cache.m == nil {
		cache.m = make(map[string]*cacheEntry)
	}
	k := path + "\x00" + req
	e := cache.m[k]
	if e == nil {
		e = new(cacheEntry)
		cache.m[k] = e
	}
	return e
}

// Requests that Prefetch can batch: the AST dump with indent None or N
// ("ast:N"), and the disassembly without or with caches ("dis:0", "dis:1").
const (
	ReqAST       = "ast:-1"
	ReqDis       = "dis:0"
	ReqDisCaches = "dis:1"
)

// ReqASTIndent is the request for ast.dump with the given indent.
func ReqASTIndent(indent int) string { return "ast:" + strconv.Itoa(indent) }

// Prefetch answers every request for every path with a single python3
// process and caches the answers, so that the ASTDump and Dis calls that
// follow need no process of their own. Starting python3 dominates the cost
// of a query, so a test over a whole corpus should prefetch it. If the
// batch fails, nothing is cached and each later query runs on its own.
func Prefetch(paths []string, reqs ...string) error {
	answers, err := ask(paths, reqs)
	if err != nil {
		return err
	}
	for _, path := range paths {
		for _, req := range reqs {
			a := answers[path][req]
			e := entry(path, req)
			e.once.Do(func() { e.val, e.err = a.value(path) })
		}
	}
	return nil
}

func query(path, req string) (string, error) {
	e := entry(path, req)
	e.once.Do(func() {
		answers, err := ask([]string{path}, []string{req})
		if err != nil {
			e.err = err
			return
		}
		e.val, e.err = answers[path][req].value(path)
	})
	return e.val, e.err
}

func (a answer) value(path string) (string, error) {
	switch {
	case a.Err != nil:
		return "", &PythonError{Path: path, Text: *a.Err}
	case a.Out != nil:
		return *a.Out, nil
	}
	return "", fmt.Errorf("oracle gave no answer for %s", path)
}

var script struct {
	once sync.Once
	path string
	err  error
}

// scriptPath writes reference.py to a private temporary file once per
// process, so python3 can run it by name.
func scriptPath() (string, error) {
	script.once.Do(func() {
		dir, err := os.MkdirTemp("", "quicken-oracle-")
		if err != nil {
			script.err = err
			return
		}
		p := filepath.Join(dir, "reference.py")
		script.err = os.WriteFile(p, []byte(referenceScript), 0o600)
		script.path = p
	})
	return script.path, script.err
}

func ask(paths, reqs []string) (map[string]map[string]answer, error) {
	if ok, reason := Available(); !ok {
		return nil, fmt.Errorf("%s", reason)
	}
	sp, err := scriptPath()
	if err != nil {
		return nil, fmt.Errorf("oracle script: %w", err)
	}
	in, err := json.Marshal(map[string][]string{"paths": paths, "requests": reqs})
	if err != nil {
		return nil, err
	}
	res, err := runInput(in, sp)
	what := paths[0]
	if len(paths) > 1 {
		what = fmt.Sprintf("%d files", len(paths))
	}
	if err != nil {
		return nil, fmt.Errorf("oracle on %s: %w", what, err)
	}
	if res.Exit != 0 {
		return nil, fmt.Errorf("oracle on %s: exit status %d: %s", what, res.Exit, strings.TrimSpace(res.Stderr))
	}
	var answers map[string]map[string]answer
	if err := json.Unmarshal([]byte(res.Stdout), &answers); err != nil {
		return nil, fmt.Errorf("oracle on %s: bad reply: %w", what, err)
	}
	return answers, nil
}

// RunStderr runs `python3 path` and returns what it printed on stderr and
// its exit status: for a file with a syntax error, CPython's error report
// (with the path made absolute, as CPython 3.11 does for the script path)
// and status 1.
func RunStderr(path string) (stderr string, exit int, err error) {
	if ok, reason := Available(); !ok {
		return "", 0, fmt.Errorf("%s", reason)
	}
	res, err := Run(path)
	return res.Stderr, res.Exit, err
}
