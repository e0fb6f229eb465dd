package vm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUTF16And32Codecs(t *testing.T) {
	var exprs []string
	for _, enc := range []string{"utf-16", "utf-16-le", "utf-16-be", "UTF16", "u16", "utf_16le", "UTF-16BE",
		"utf-32", "utf-32-le", "utf-32-be", "U32", "utf_32be"} {
		q := `"` + enc + `"`
		exprs = append(exprs,
			`"aé€😀".encode(`+q+`)`, `"".encode(`+q+`)`, `"a\ud800b".encode(`+q+`)`,
			`"a\ud800b".encode(`+q+`, "ignore")`, `"a\ud800b".encode(`+q+`, "replace")`,
			`"a\ud800b".encode(`+q+`, "surrogatepass")`, `"a\udc80b".encode(`+q+`, "surrogateescape")`,
			`"a\ud800b".encode(`+q+`, "backslashreplace")`, `"a\ud800b".encode(`+q+`, "xmlcharrefreplace")`,
			`"a\ud800b".encode(`+q+`, "nope")`, `"ab".encode(`+q+`, "nope")`,
			`"aé€😀".encode(`+q+`).decode(`+q+`)`, `b"".decode(`+q+`)`, `b"a".decode(`+q+`)`, `b"abc".decode(`+q+`)`,
			`b"abcde".decode(`+q+`, "replace")`, `b"abcde".decode(`+q+`, "ignore")`, `b"abcde".decode(`+q+`, "backslashreplace")`,
			`b"\x00\xd8\x00\xdc".decode(`+q+`)`, `b"\x00\xdc\x41\x00".decode(`+q+`)`, `b"\x00\xd8\x41\x00".decode(`+q+`)`,
			`b"\x00\xd8".decode(`+q+`)`, `b"\x00\xdc\x41\x00".decode(`+q+`, "replace")`, `b"\x00\xd8\x41\x00".decode(`+q+`, "ignore")`,
			`b"\x00\xdc\x00\x00".decode(`+q+`, "surrogatepass")`, `b"\x00\xd8\x00\x00\x00\xdc\x00\x00".decode(`+q+`)`,
			`b"\x00\xd8\x00\x00".decode(`+q+`, "surrogatepass")`, `b"\x00\x00\x11\x00".decode(`+q+`)`,
			`b"\xff\xfe\x00\x00a\x00\x00\x00".decode(`+q+`)`, `b"\x00\x00\xfe\xff\x00\x00\x00a".decode(`+q+`)`,
			`b"\xff\xfea\x00".decode(`+q+`)`, `b"\xfe\xff\x00a".decode(`+q+`)`, `b"\x80\x81".decode(`+q+`, "surrogateescape")`,
			`b"a".decode(`+q+`, "xmlcharrefreplace")`, `b"a".decode(`+q+`, "nope")`,
			`str(b"a\x00", `+q+`)`, `bytes("é", `+q+`)`, `bytearray("é", `+q+`)`,
		)
	}
	exprs = append(exprs, `"".join(["\ud83d", "\ude00"]).encode("utf-16", "surrogatepass").decode("utf-16")`,
		`len("😀".encode("utf-16-le"))`)
	checkExprTable(t, "", exprs)
}

func TestCodecErrorWrapping(t *testing.T) {
	checkExprTable(t, "", []string{
		`"€".encode("l1", "nope")`, `"€".encode("latin-1", "nope")`, `b"\xff".decode("us-ascii", "nope")`,
		`b"\xff".decode("646", "nope")`, `"é".encode("l1x", "nope")`, `b"\xff".decode("utf8", "nope")`,
		`b"\xff".decode("U8", "nope")`, `"\ud800".encode("utf_8", "nope")`, `"\ud800".encode("utf-8-strict", "nope")`,
	})
	checkPyOnDisk(t, `
try:
    "a\ud800".encode("utf-16-le", "nope")
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
"a\ud800".encode("utf-16-be", "nope")
`)
}

// checkPyOnDisk is checkPy for a program whose traceback shows source
// lines: quicken runs it from a real file, as python3 does, and both
// outputs name it /tmp/prog.py.
func checkPyOnDisk(t *testing.T, src string) {
	t.Helper()
	wo, we, ws := pythonRun(t, src)
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	qo, qe, qs := runPyIn(t, src, path, "")
	qe = strings.ReplaceAll(qe, path, "/tmp/prog.py")
	if qo != wo || qe != we || qs != ws {
		t.Errorf("program:\n%s\npython3: %q %q %d\nquicken: %q %q %d", src, wo, we, ws, qo, qe, qs)
	}
}
