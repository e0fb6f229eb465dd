package bytecode

import (
	"io"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

// FuzzDis feeds arbitrary code, location and exception tables to the
// disassembler: it must never panic, whatever the bytes.
func FuzzDis(f *testing.F) {
	f.Add([]byte{151, 0, 100, 0, 83, 0}, []byte{0xf0, 0x03, 0x01, 0x01, 0x01, 0x80, 0x00}, []byte{0x82, 0x0a, 0x0e, 0x00})
	f.Add([]byte{144, 1, 144, 255, 110, 7, 140, 9, 116, 3, 0, 0}, []byte{0xf8, 0xe8, 0x7f}, []byte{0xc0})
	f.Fuzz(func(t *testing.T, code, lines, excs []byte) {
		c := &Code{
			Units:           UnitsFromBytes(code),
			Consts:          []constant.Value{constant.None{}},
			Names:           []string{"n"},
			LocalsPlusNames: []string{"a"},
			LocalsPlusKinds: []byte{FastLocal},
			Name:            "f", QualName: "f", Filename: "x.py", FirstLineNo: 1,
			LineTable: lines, ExceptionTable: excs,
		}
		for _, opts := range []DisOptions{{}, {ShowCaches: true, Adaptive: true}} {
			if err := Dis(io.Discard, c, opts); err != nil {
				t.Fatal(err)
			}
		}
	})
}
