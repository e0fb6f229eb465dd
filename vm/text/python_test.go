package text

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

// runPython runs a CPython 3.11 script with input on stdin, skipping the
// test when python3 is not CPython 3.11.
func runPython(t *testing.T, script, input string) string {
	t.Helper()
	out, err := exec.Command("python3", "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "Python 3.11") {
		t.Skipf("python3 is not CPython 3.11 (%q, %v): differential test skipped", out, err)
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return string(res)
}

// The differential protocol: each case is one JSON line naming a receiver,
// a method and arguments; Python evaluates it and prints the result as one
// JSON line in the same encoding, which is compared with what Go computed.
// str values travel as {"s": hex of this package's representation}, which
// Python reads with surrogatepass; bytes as {"b": hex}; tuples as {"t": [...]}.

type (
	S string // a str argument or result
	B string // a bytes argument or result
	T []any  // a tuple result
	// N is None.
	N struct{}
)

const pyDriver = `
import sys, json
def dec(a):
    if isinstance(a, dict):
        if 's' in a: return bytes.fromhex(a['s']).decode('utf-8', 'surrogatepass')
        if 'b' in a: return bytes.fromhex(a['b'])
        if 't' in a: return tuple(dec(x) for x in a['t'])
    if isinstance(a, list): return [dec(x) for x in a]
    return a
def enc(r):
    if isinstance(r, str): return {'s': r.encode('utf-8', 'surrogatepass').hex()}
    if isinstance(r, (bytes, bytearray)): return {'b': bytes(r).hex()}
    if isinstance(r, bool): return r
    if isinstance(r, tuple): return {'t': [enc(x) for x in r]}
    if isinstance(r, list): return [enc(x) for x in r]
    return r
def sl(o, a, b, c): return o[a:b:c]
special = {
    'len': len, 'sizeof': sys.getsizeof, 'getitem': lambda o, i: o[i], 'slice': sl,
    'max': lambda o: max(map(ord, o), default=0), 'list': list,
    'fromhex': bytes.fromhex, 'translate_pairs': lambda o, m: o.translate(dict(m)),
}
for line in sys.stdin:
    c = json.loads(line)
    obj, args = dec(c['o']), dec(c['a'])
    try:
        f = special.get(c['m'])
        r = enc(f(obj, *args) if f else getattr(obj, c['m'])(*args))
    except Exception as e:
        r = {'e': type(e).__name__, 'msg': str(e)}
        if isinstance(e, UnicodeError):
            r.update(enc=e.encoding, start=e.start, end=e.end, reason=e.reason, obj=enc(e.object))
    print(json.dumps(r, sort_keys=True))
`

// wire converts a Go value to the protocol's JSON form.
func wire(v any) any {
	switch v := v.(type) {
	case S:
		return map[string]any{"s": hex.EncodeToString([]byte(v))}
	case B:
		return map[string]any{"b": hex.EncodeToString([]byte(v))}
	case T:
		out := []any{}
		for _, x := range v {
			out = append(out, wire(x))
		}
		return map[string]any{"t": out}
	case []any:
		out := []any{}
		for _, x := range v {
			out = append(out, wire(x))
		}
		return out
	case N:
		return nil
	case error:
		var ue *UnicodeError
		if errors.As(v, &ue) {
			obj := any(S(ue.Object))
			if ue.Type == "UnicodeDecodeError" {
				obj = B(ue.Object)
			}
			return map[string]any{"e": ue.Type, "msg": ue.Error(), "enc": ue.Encoding,
				"start": ue.Start, "end": ue.End, "reason": ue.Reason, "obj": wire(obj)}
		}
		var ce *CodecError
		if errors.As(v, &ce) {
			return map[string]any{"e": ce.Err.Type, "msg": ce.Error()}
		}
		var pe *Error
		if errors.As(v, &pe) {
			return map[string]any{"e": pe.Type, "msg": pe.Msg}
		}
		return map[string]any{"e": "GoError", "msg": v.Error()}
	}
	return v
}

func canon(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	// Normalize through a generic decode so key order and number forms agree.
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		panic(err)
	}
	b, _ = json.Marshal(x)
	return string(b)
}

// diff collects cases and checks them all against one python3 run.
type diff struct {
	t     *testing.T
	lines []string
	want  []string
	descs []string
}

// add records obj.method(args...) and Go's result for it. Results are
// S, B, T, int, bool, []any of those, or an error.
func (d *diff) add(obj any, method string, args []any, got any) {
	wargs := []any{}
	for _, a := range args {
		wargs = append(wargs, wire(a))
	}
	d.lines = append(d.lines, canon(map[string]any{"o": wire(obj), "m": method, "a": wargs}))
	d.want = append(d.want, canon(wire(got)))
	d.descs = append(d.descs, fmt.Sprintf("%s.%s%s", pyRepr(obj), method, pyArgs(args)))
}

func (d *diff) run() {
	t := d.t
	t.Helper()
	out := runPython(t, pyDriver, strings.Join(d.lines, "\n")+"\n")
	res := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(res) != len(d.lines) {
		t.Fatalf("python3 answered %d cases of %d", len(res), len(d.lines))
	}
	fails := 0
	for i, r := range res {
		if canon(json.RawMessage(r)) != d.want[i] {
			fails++
			if fails <= 30 {
				t.Errorf("%s:\n python: %s\n     go: %s", d.descs[i], r, d.want[i])
			}
		}
	}
	t.Logf("%d cases compared with CPython, %d mismatches", len(res), fails)
}

func pyRepr(v any) string {
	switch v := v.(type) {
	case S:
		return constant.Str(v).Repr()
	case B:
		return constant.Bytes(v).Repr()
	case N:
		return "None"
	}
	return fmt.Sprint(v)
}

func pyArgs(args []any) string {
	parts := []string{}
	for _, a := range args {
		parts = append(parts, pyRepr(a))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// strs converts a []string result to the protocol's list of S (or B).
func strs(items []string) []any {
	out := []any{}
	for _, x := range items {
		out = append(out, S(x))
	}
	return out
}

func byteStrs(items []string) []any {
	out := []any{}
	for _, x := range items {
		out = append(out, B(x))
	}
	return out
}

// orErr returns err when it is non-nil, else v.
func orErr(v any, err error) any {
	if err != nil {
		return err
	}
	return v
}
