package syntax

import (
	"encoding/json"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// pythonJSON runs a Python program that prints JSON and decodes it.
func pythonJSON(t *testing.T, script string, v any) {
	t.Helper()
	res, err := oracle.Run("-c", script)
	if err != nil {
		t.Fatal(err)
	}
	if res.Exit != 0 {
		t.Fatalf("python3: %s", res.Stderr)
	}
	if err := json.Unmarshal([]byte(res.Stdout), v); err != nil {
		t.Fatal(err)
	}
}

func TestNormalizeIdentifierMatchesCPython(t *testing.T) {
	needOracle(t)
	var cases [][2]string
	pythonJSON(t, `
import json, random, sys, unicodedata
chars = [chr(c) for c in range(0x80, sys.maxunicode + 1) if ("a" + chr(c)).isidentifier()]
random.seed(3)
cases = ["a" + c for c in chars]
for _ in range(20000):
    s = "a" + "".join(random.choice(chars) for _ in range(random.randint(1, 4)))
    cases.append(s)
# Sequences that compose: letters with combining marks, Hangul jamo.
cases += ["e\u0301", "a\u0301\u0323", "\u1100\u1161\u11a8", "\uac00\u11a8", "o\u0308\u0304", "\u0391\u0301"]
print(json.dumps([[s, unicodedata.normalize("NFKC", s)] for s in cases]))
`, &cases)
	bad := 0
	for _, c := range cases {
		if got := normalizeIdentifier(c[0]); got != c[1] {
			if bad++; bad < 20 {
				t.Errorf("normalizeIdentifier(%+q) = %+q, want %+q", c[0], got, c[1])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}
