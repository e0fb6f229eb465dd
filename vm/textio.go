package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/quicken-py/quicken/vm/text"
)

// _io.TextIOWrapper (CPython 3.11's textio.c) over a buffered object, or
// over a FileIO for the unbuffered standard streams.
//
// Writing: text is translated ("\n" to the newline asked for), encoded,
// and kept pending until a chunk's worth (8 KiB) has collected, the
// stream is line buffered and the text holds a newline, or it is write
// through; then the pending bytes are one write of the buffer.
//
// Reading: chunks of the buffer are decoded (through an
// IncrementalNewlineDecoder for universal newlines) and handed out. For
// tell(), each chunk read leaves a snapshot: the decoder's flags before
// it and the bytes it was given. tell() reconstructs from the snapshot a
// cookie for the position — for a decoder with nothing pending, just
// the byte position — and seek(cookie) replays it.

type textIO struct {
	Header
	ioDict
	detached bool
	// buffer is the buffered object beneath, raw the FileIO when the
	// wrapper is directly over one.
	buffer *bufferedIO
	raw    *fileIO

	encoding string // as given
	codec    ioCodec
	errors   string

	readUniversal, readTranslate, writeTranslate bool
	readNL, writeNL                              string

	lineBuffering, writeThrough bool
	seekable, telling           bool
	chunkSize                   int

	// canWrite and decoder: the encoder and decoder CPython makes when
	// the buffer is writable or readable.
	canWrite bool
	decoder  textDecoder
	// startOfStream is encoding_start_of_stream (UTF-16 and UTF-32 put a
	// BOM before the first text there); sigFirst is utf-8-sig's encoder
	// state.
	startOfStream, sigFirst bool

	// pending is encoded text not yet written to the buffer.
	pending []byte

	// decoded is the last chunk decoded; usedBytes of it are handed out.
	decoded   string
	usedBytes int
	// The snapshot: the decoder's flags and the input that gave decoded.
	snapshot  bool
	snapFlags int
	snapInput string
	b2cRatio  float64
}

func (t *textIO) traverse(visit func(Value)) {
	t.traverseDict(visit)
	if t.buffer != nil {
		visit(t.buffer.self)
	}
	if t.raw != nil {
		visit(t.raw.self)
	}
}

func (m *Machine) textIO(v Value) *textIO { return m.obj(v).(*textIO) }

var textIOSpec = typeSpec{name: "TextIOWrapper", module: "_io", basicSize: 192, dictOffset: 184, weakrefOffset: 176,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.TextIOBase },
	slots: Slots{Repr: textIORepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Next: textIONext},
	methods: []MethodDef{
		{Name: "detach", Fn: textIODetach},
		{Name: "reconfigure", Fn: textIOReconfigure},
		{Name: "write", Fn: textIOWrite},
		{Name: "read", Fn: textIORead},
		{Name: "readline", Fn: textIOReadline},
		{Name: "flush", Fn: textIOFlush},
		{Name: "close", Fn: textIOClose},
		{Name: "fileno", Fn: textIOBufferCall("fileno")},
		{Name: "seekable", Fn: textIOBufferCall("seekable")},
		{Name: "readable", Fn: textIOBufferCall("readable")},
		{Name: "writable", Fn: textIOBufferCall("writable")},
		{Name: "isatty", Fn: textIOBufferCall("isatty")},
		{Name: "seek", Fn: textIOSeek},
		{Name: "tell", Fn: textIOTell},
		{Name: "truncate", Fn: textIOTruncate},
	},
	getsets: []GetSetDef{
		{Name: "encoding", Get: func(m *Machine, v Value) (Value, error) { return m.NewStr(m.textIO(v).encoding), nil }},
		{Name: "buffer", Get: textIOGetBuffer},
		{Name: "line_buffering", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.textIO(v).lineBuffering), nil }},
		{Name: "write_through", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.textIO(v).writeThrough), nil }},
		{Name: "_finalizing", Get: func(m *Machine, v Value) (Value, error) { return False, nil }},
		{Name: "name", Get: textIOGetName},
		{Name: "closed", Get: textIOGetClosed},
		{Name: "newlines", Get: textIOGetNewlines},
		{Name: "errors", Get: func(m *Machine, v Value) (Value, error) { return m.NewStr(m.textIO(v).errors), nil }},
		{Name: "_CHUNK_SIZE", Get: textIOGetChunkSize, Set: textIOSetChunkSize},
	},
}

// textOptions are TextIOWrapper's constructor arguments.
type textOptions struct {
	encoding, errors string // "" for the defaults (the locale's UTF-8, strict)
	// newline is nil for None (universal newlines).
	newline                     *string
	lineBuffering, writeThrough bool
}

// newTextIO is TextIOWrapper(buffer, ...) over a buffered object (or, with
// buffer nil, over raw).
func (m *Machine) newTextIO(buffer *bufferedIO, raw *fileIO, o textOptions) (*textIO, error) {
	t := &textIO{buffer: buffer, raw: raw, chunkSize: textChunkSize,
		lineBuffering: o.lineBuffering, writeThrough: o.writeThrough}
	if buffer != nil {
		t.raw = nil
	}
	t.encoding = o.encoding
	if t.encoding == "" {
		t.encoding = "UTF-8" // the C.UTF-8 locale's name for it
	}
	t.errors = o.errors
	if t.errors == "" {
		t.errors = "strict"
	}
	codec, err := m.lookupTextEncoding(t.encoding)
	if err != nil {
		return nil, err
	}
	t.codec = codec
	m.setNewline(t, o.newline)
	readable, writable := t.layerReadable(), t.layerWritable()
	if readable {
		t.decoder = t.makeDecoder()
	}
	t.canWrite = writable
	t.sigFirst = true
	if t.buffer != nil {
		t.seekable = m.seekableRaw(t.buffer.raw)
	} else {
		t.seekable = m.seekableRaw(t.raw)
	}
	t.telling = t.seekable
	m.alloc(t, m.types.TextIO)
	if err := m.textFixEncoderState(t); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *textIO) layerReadable() bool {
	if t.buffer != nil {
		return t.buffer.readable
	}
	return t.raw.readable
}

func (t *textIO) layerWritable() bool {
	if t.buffer != nil {
		return t.buffer.writable
	}
	return t.raw.writable
}

// setNewline is set_newline: the reading and writing translation a
// newline argument asks for.
func (m *Machine) setNewline(t *textIO, newline *string) {
	t.readUniversal = newline == nil || *newline == ""
	t.readTranslate = newline == nil
	t.readNL = ""
	if newline != nil {
		t.readNL = *newline
	}
	t.writeTranslate = newline == nil || *newline != ""
	t.writeNL = ""
	if !t.readUniversal && t.readNL != "\n" {
		t.writeNL = t.readNL
	}
}

func (t *textIO) makeDecoder() textDecoder {
	var d textDecoder = newIODecoder(t.codec, t.errors)
	if t.readUniversal {
		d = &newlineDecoder{dec: d, translate: t.readTranslate}
	}
	return d
}

// textFixEncoderState is _textiowrapper_fix_encoder_state: a writable
// seekable stream is at its start only where the buffer's position is 0.
func (m *Machine) textFixEncoderState(t *textIO) error {
	if !t.seekable || !t.canWrite {
		return nil
	}
	pos, err := m.textBufTell(t)
	if err != nil {
		return err
	}
	t.startOfStream = pos == 0
	if pos != 0 {
		t.sigFirst = false
	}
	return nil
}

// The layer beneath, as the wrapper calls it.

func (m *Machine) textBufWrite(t *textIO, b string) error {
	if t.buffer != nil {
		return m.bufWrite(t.buffer, b)
	}
	if err := m.fileIOCheckWritable(t.raw); err != nil {
		return err
	}
	return m.writeRaw(t.raw, b)
}

func (m *Machine) textBufFlush(t *textIO) error {
	if b := t.buffer; b != nil {
		if err := m.bufCheck(b); err != nil {
			return err
		}
		if !b.writable {
			return m.rawFlush(b.raw)
		}
		if err := m.bufCheckClosed(b, "flush of closed file"); err != nil {
			return err
		}
		return m.bufFlush(b)
	}
	return m.rawFlush(t.raw)
}

func (m *Machine) textBufRead(t *textIO, n int64, one bool) (string, error) {
	if b := t.buffer; b != nil {
		if !b.readable {
			if one {
				return "", m.unsupported("read1")
			}
			return "", m.unsupported("read")
		}
		if one {
			return m.bufRead1(b, n)
		}
		return m.bufRead(b, n)
	}
	if err := m.fileIOCheckReadable(t.raw); err != nil {
		return "", err
	}
	if n < 0 {
		return m.readAllRaw(t.raw)
	}
	return m.readRaw(t.raw, int(n))
}

func (m *Machine) textBufTell(t *textIO) (int64, error) {
	if t.buffer != nil {
		return m.bufTell(t.buffer)
	}
	if err := m.fileIOCheck(t.raw); err != nil {
		return 0, err
	}
	return m.seekRaw(t.raw, 0, 1)
}

func (m *Machine) textBufSeek(t *textIO, pos int64, whence int) (int64, error) {
	if t.buffer != nil {
		return m.bufSeek(t.buffer, pos, whence)
	}
	if err := m.fileIOCheck(t.raw); err != nil {
		return 0, err
	}
	return m.seekRaw(t.raw, pos, whence)
}

func (t *textIO) bufferValue() Value {
	if t.buffer != nil {
		return t.buffer.self
	}
	return t.raw.self
}

func (t *textIO) layerClosed() bool {
	if t.buffer != nil {
		return t.buffer.raw == nil || t.buffer.raw.dev == nil
	}
	return t.raw.dev == nil
}

// textCheckAttached is CHECK_ATTACHED.
func (m *Machine) textCheckAttached(t *textIO) error {
	if t.detached {
		return m.Raisef(m.types.ValueError, "underlying buffer has been detached")
	}
	return nil
}

// textCheckClosed is CHECK_CLOSED: the buffer's closed attribute.
func (m *Machine) textCheckClosed(t *textIO) error {
	if t.buffer != nil {
		if err := m.bufCheck(t.buffer); err != nil {
			return err
		}
	}
	if t.layerClosed() {
		return m.ioClosedError(closedFileMsg)
	}
	return nil
}

// textCheckUsable is CHECK_ATTACHED then CHECK_CLOSED.
func (m *Machine) textCheckUsable(t *textIO) error {
	if err := m.textCheckAttached(t); err != nil {
		return err
	}
	return m.textCheckClosed(t)
}

// textWrite is TextIOWrapper.write of s; it returns a Python exception.
func (m *Machine) textWrite(t *textIO, s string) error {
	if err := m.textCheckUsable(t); err != nil {
		return err
	}
	if !t.canWrite {
		return m.unsupported("not writable")
	}
	hasLF := false
	if t.writeTranslate && t.writeNL != "" || t.lineBuffering {
		hasLF = strings.IndexByte(s, '\n') >= 0
	}
	if hasLF && t.writeTranslate && t.writeNL != "" {
		s = strings.ReplaceAll(s, "\n", t.writeNL)
	}
	needFlush := t.lineBuffering && (hasLF || strings.IndexByte(s, '\r') >= 0)
	var b string
	if t.codec.asciiCompatible() && text.IsASCII(s) {
		b = s
	} else {
		var err error
		bom := t.startOfStream
		if t.codec.sig {
			bom = t.sigFirst
		}
		b, err = t.codec.encode(s, t.errors, bom)
		if err != nil {
			return m.codecError(err)
		}
	}
	t.startOfStream, t.sigFirst = false, false
	// CPython 3.11 never lets pending text grow past a chunk.
	if len(t.pending) > 0 && len(t.pending)+len(b) > t.chunkSize {
		if err := m.textWriteFlush(t); err != nil {
			return err
		}
	}
	t.pending = append(t.pending, b...)
	if len(t.pending) >= t.chunkSize || needFlush || t.writeThrough {
		if err := m.textWriteFlush(t); err != nil {
			return err
		}
	}
	if needFlush {
		if err := m.textBufFlush(t); err != nil {
			return err
		}
	}
	t.setDecoded("")
	t.snapshot = false
	if t.decoder != nil {
		t.decoder.reset()
	}
	return nil
}

// textWriteFlush is _textiowrapper_writeflush: the pending bytes are one
// write of the buffer; they are dropped even if it fails.
func (m *Machine) textWriteFlush(t *textIO) error {
	if len(t.pending) == 0 {
		return nil
	}
	b := string(t.pending)
	t.pending = t.pending[:0]
	return m.textBufWrite(t, b)
}

// textFlush is TextIOWrapper.flush.
func (m *Machine) textFlush(t *textIO) error {
	if err := m.textCheckUsable(t); err != nil {
		return err
	}
	t.telling = t.seekable
	if err := m.textWriteFlush(t); err != nil {
		return err
	}
	return m.textBufFlush(t)
}

func (t *textIO) setDecoded(s string) {
	t.decoded, t.usedBytes = s, 0
}

// takeDecoded is textiowrapper_get_decoded_chars: up to n code points of
// the decoded chunk (all when n is negative).
func (t *textIO) takeDecoded(n int64) string {
	rest := t.decoded[t.usedBytes:]
	if n < 0 {
		t.usedBytes = len(t.decoded)
		return rest
	}
	k := prefixBytes(rest, n)
	t.usedBytes += k
	return rest[:k]
}

// prefixBytes is the length in bytes of the first n code points of s.
func prefixBytes(s string, n int64) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		c := s[i]
		switch {
		case c < 0xE0:
			if c < 0x80 {
				i++
			} else {
				i += 2
			}
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	if i > len(s) {
		i = len(s)
	}
	return i
}

// textReadChunk is textiowrapper_read_chunk: one read of the buffer
// decoded, with a snapshot taken for tell(). It reports false at the end
// of the file.
func (m *Machine) textReadChunk(t *textIO, sizeHint int64) (bool, error) {
	if t.decoder == nil {
		return false, m.unsupported("not readable")
	}
	var decBuf string
	var decFlags int
	if t.telling {
		decBuf, decFlags = t.decoder.state()
	}
	if sizeHint > 0 {
		sizeHint = int64(math.Max(t.b2cRatio, 1.0) * float64(sizeHint))
	}
	size := int64(t.chunkSize)
	if sizeHint > size {
		size = sizeHint
	}
	input, err := m.textBufRead(t, size, t.buffer != nil)
	if err != nil {
		return false, err
	}
	eof := input == ""
	decoded, err := t.decoder.decode(input, eof)
	if err != nil {
		return false, m.codecError(err)
	}
	t.setDecoded(decoded)
	nchars := 0
	if decoded != "" {
		nchars = text.Len(decoded)
		t.b2cRatio = float64(len(input)) / float64(nchars)
		eof = false
	} else {
		t.b2cRatio = 0
	}
	if t.telling {
		t.snapshot, t.snapFlags, t.snapInput = true, decFlags, decBuf+input
	}
	return !eof, nil
}

// textRead is TextIOWrapper.read(n).
func (m *Machine) textRead(t *textIO, n int64) (string, error) {
	if err := m.textCheckUsable(t); err != nil {
		return "", err
	}
	if t.decoder == nil {
		return "", m.unsupported("not readable")
	}
	if err := m.textWriteFlush(t); err != nil {
		return "", err
	}
	if n < 0 {
		b, err := m.textBufRead(t, -1, false)
		if err != nil {
			return "", err
		}
		decoded, err := t.decoder.decode(b, true)
		if err != nil {
			return "", m.codecError(err)
		}
		result := t.takeDecoded(-1) + decoded
		t.setDecoded("")
		t.snapshot = false
		return result, nil
	}
	result := t.takeDecoded(n)
	remaining := n - int64(text.Len(result))
	for remaining > 0 {
		more, err := m.textReadChunk(t, remaining)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
		s := t.takeDecoded(remaining)
		result += s
		remaining -= int64(text.Len(s))
	}
	return result, nil
}

// findLineEnding is _PyIO_find_line_ending: the end of the first line of
// s (just after its newline), or -1 and how much of s may be set aside.
func (t *textIO) findLineEnding(s string) (int, int) {
	switch {
	case t.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1, 0
		}
		return -1, len(s)
	case t.readUniversal:
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\n':
				return i + 1, 0
			case '\r':
				if i+1 < len(s) && s[i+1] == '\n' {
					return i + 2, 0
				}
				return i + 1, 0
			}
		}
		return -1, len(s)
	}
	if i := strings.Index(s, t.readNL); i >= 0 {
		return i + len(t.readNL), 0
	}
	if len(t.readNL) == 1 {
		return -1, len(s)
	}
	e := len(s) - (len(t.readNL) - 1)
	if e < 0 {
		e = 0
	}
	if i := strings.IndexByte(s[e:], t.readNL[0]); i >= 0 {
		return -1, e + i
	}
	return -1, len(s)
}

// textReadline is _textiowrapper_readline: a line, of at most limit code
// points when limit is not negative.
func (m *Machine) textReadline(t *textIO, limit int64) (string, error) {
	if err := m.textCheckClosed(t); err != nil {
		return "", err
	}
	if err := m.textWriteFlush(t); err != nil {
		return "", err
	}
	var chunks []string
	chunked := int64(0)
	var line, remaining string
	haveLine, haveRemaining := false, false
	start, endpos, offsetToBuffer := 0, 0, 0
	for {
		eof := false
		for t.decoded == "" {
			more, err := m.textReadChunk(t, 0)
			if err != nil {
				return "", err
			}
			if !more {
				eof = true
				break
			}
		}
		if eof {
			t.setDecoded("")
			t.snapshot = false
			break
		}
		if !haveRemaining {
			line, start, offsetToBuffer = t.decoded, t.usedBytes, 0
		} else {
			line, start, offsetToBuffer = remaining+t.decoded, 0, len(remaining)
			remaining, haveRemaining = "", false
		}
		haveLine = true
		end, consumed := t.findLineEnding(line[start:])
		if end >= 0 {
			endpos = start + end
			if limit >= 0 && int64(text.Len(line[start:endpos]))+chunked >= limit {
				endpos = start + prefixBytes(line[start:], limit-chunked)
			}
			break
		}
		endpos = start + consumed
		if limit >= 0 && int64(text.Len(line[start:endpos]))+chunked >= limit {
			endpos = start + prefixBytes(line[start:], limit-chunked)
			break
		}
		if endpos > start {
			chunks = append(chunks, line[start:endpos])
			if limit >= 0 {
				chunked += int64(text.Len(line[start:endpos]))
			}
		}
		if endpos < len(line) {
			remaining, haveRemaining = line[endpos:], true
		}
		line, haveLine = "", false
		t.setDecoded("")
	}
	if haveLine {
		t.usedBytes = endpos - offsetToBuffer
		line = line[start:endpos]
	}
	if haveRemaining {
		chunks = append(chunks, remaining)
	}
	if chunks != nil {
		if haveLine {
			chunks = append(chunks, line)
		}
		return strings.Join(chunks, ""), nil
	}
	return line, nil
}

// The tell() cookie: the fields of CPython's cookie_type, packed as its
// bytes are (little-endian): start_pos (64 bits), dec_flags,
// bytes_to_feed and chars_to_skip (32 each), need_eof (8).
type textCookie struct {
	startPos                           int64
	decFlags, bytesToFeed, charsToSkip int
	needEOF                            bool
}

func (m *Machine) buildCookie(c textCookie) Value {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsToSkip == 0 && !c.needEOF {
		return m.NewInt(c.startPos)
	}
	v := new(big.Int).SetUint64(uint64(c.startPos))
	add := func(x uint64, shift uint) {
		v.Or(v, new(big.Int).Lsh(new(big.Int).SetUint64(x), shift))
	}
	add(uint64(uint32(c.decFlags)), 64)
	add(uint64(uint32(c.bytesToFeed)), 96)
	add(uint64(uint32(c.charsToSkip)), 128)
	if c.needEOF {
		add(1, 160)
	}
	return m.NewBigInt(v)
}

func (m *Machine) parseCookie(v Value) (textCookie, error) {
	n, err := m.Call(m.types.Int.self, []Value{v}, nil)
	if err != nil {
		return textCookie{}, err
	}
	b, ok := m.BigInt(n)
	if !ok {
		i, _ := m.Int64(n)
		b = big.NewInt(i)
	}
	if b.Sign() < 0 || b.BitLen() > 168 {
		return textCookie{}, m.Raisef(m.types.exceptions["OverflowError"], "int too big to convert")
	}
	word := func(shift uint, bits uint) uint64 {
		w := new(big.Int).Rsh(b, shift)
		w.And(w, new(big.Int).SetUint64(1<<bits-1))
		return w.Uint64()
	}
	return textCookie{
		startPos:    int64(word(0, 64)),
		decFlags:    int(int32(uint32(word(64, 32)))),
		bytesToFeed: int(int32(uint32(word(96, 32)))),
		charsToSkip: int(int32(uint32(word(128, 32)))),
		needEOF:     word(160, 8) != 0,
	}, nil
}

// textDecoderSetState is _textiowrapper_decoder_setstate: at the start
// of the stream the decoder is reset (UTF-16's then expects a BOM).
func (t *textIO) decoderSetState(c textCookie) {
	if c.startPos == 0 && c.decFlags == 0 {
		t.decoder.reset()
	} else {
		t.decoder.setState("", c.decFlags)
	}
}

// encoderReset is _textiowrapper_encoder_reset.
func (t *textIO) encoderReset(startOfStream bool) {
	t.startOfStream, t.sigFirst = startOfStream, startOfStream
}

// textTell is TextIOWrapper.tell.
func (m *Machine) textTell(t *textIO) (Value, error) {
	if err := m.textCheckUsable(t); err != nil {
		return Null, err
	}
	if !t.seekable {
		return Null, m.unsupported("underlying stream is not seekable")
	}
	if !t.telling {
		return Null, m.Raisef(m.types.exceptions["OSError"], "telling position disabled by next() call")
	}
	if err := m.textWriteFlush(t); err != nil {
		return Null, err
	}
	if err := m.textFlush(t); err != nil {
		return Null, err
	}
	pos, err := m.textBufTell(t)
	if err != nil {
		return Null, err
	}
	if t.decoder == nil || !t.snapshot {
		return m.NewInt(pos), nil
	}
	cookie := textCookie{startPos: pos - int64(len(t.snapInput)), decFlags: t.snapFlags}
	used := text.Len(t.decoded[:t.usedBytes])
	if used == 0 {
		return m.buildCookie(cookie), nil
	}
	charsToSkip := used
	savedBuf, savedFlags := t.decoder.state()
	defer t.decoder.setState(savedBuf, savedFlags)
	input := t.snapInput
	decodeLen := func(b string) (int, error) {
		s, err := t.decoder.decode(b, false)
		if err != nil {
			return 0, m.codecError(err)
		}
		return text.Len(s), nil
	}
	// A fast search for a start point close to the position.
	skipBytes := int(t.b2cRatio * float64(charsToSkip))
	skipBack := 1
	for skipBytes > 0 {
		t.decoderSetState(cookie)
		n, err := decodeLen(input[:min(skipBytes, len(input))])
		if err != nil {
			return Null, err
		}
		if n <= charsToSkip {
			buf, flags := t.decoder.state()
			if buf == "" {
				cookie.decFlags = flags
				charsToSkip -= n
				break
			}
			skipBytes -= len(buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		t.decoderSetState(cookie)
	}
	cookie.startPos += int64(skipBytes)
	if charsToSkip == 0 {
		cookie.charsToSkip = 0
		return m.buildCookie(cookie), nil
	}
	// Feed the decoder a byte at a time, noting the last point where it
	// held nothing back.
	charsDecoded := 0
	i := skipBytes
	for ; i < len(input); i++ {
		n, err := decodeLen(input[i : i+1])
		if err != nil {
			return Null, err
		}
		charsDecoded += n
		cookie.bytesToFeed++
		buf, flags := t.decoder.state()
		if buf == "" && charsDecoded <= charsToSkip {
			cookie.startPos += int64(cookie.bytesToFeed)
			charsToSkip -= charsDecoded
			cookie.decFlags = flags
			cookie.bytesToFeed = 0
			charsDecoded = 0
		}
		if charsDecoded >= charsToSkip {
			break
		}
	}
	if i == len(input) {
		s, err := t.decoder.decode("", true)
		if err != nil {
			return Null, m.codecError(err)
		}
		charsDecoded += text.Len(s)
		cookie.needEOF = true
		if charsDecoded < charsToSkip {
			return Null, m.Raisef(m.types.exceptions["OSError"], "can't reconstruct logical file position")
		}
	}
	cookie.charsToSkip = charsToSkip
	return m.buildCookie(cookie), nil
}

// textSeek is TextIOWrapper.seek.
func (m *Machine) textSeek(t *textIO, cookieObj Value, whence int) (Value, error) {
	if err := m.textCheckUsable(t); err != nil {
		return Null, err
	}
	if !t.seekable {
		return Null, m.unsupported("underlying stream is not seekable")
	}
	zero := SmallIntValue(0)
	switch whence {
	case 1:
		if eq, err := m.Equal(cookieObj, zero); err != nil {
			return Null, err
		} else if !eq {
			return Null, m.unsupported("can't do nonzero cur-relative seeks")
		}
		var err error
		if cookieObj, err = m.textTell(t); err != nil {
			return Null, err
		}
	case 2:
		if eq, err := m.Equal(cookieObj, zero); err != nil {
			return Null, err
		} else if !eq {
			return Null, m.unsupported("can't do nonzero end-relative seeks")
		}
		if err := m.textFlush(t); err != nil {
			return Null, err
		}
		t.setDecoded("")
		t.snapshot = false
		if t.decoder != nil {
			t.decoder.reset()
		}
		pos, err := m.textBufSeek(t, 0, 2)
		if err != nil {
			return Null, err
		}
		if t.canWrite {
			t.encoderReset(pos == 0)
		}
		return m.NewInt(pos), nil
	case 0:
	default:
		return Null, m.Raisef(m.types.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	ltv, err := m.RichCompare(cookieObj, zero, LT)
	if err != nil {
		return Null, err
	}
	if lt, err := m.Truth(ltv); err != nil {
		return Null, err
	} else if lt {
		r, err := m.ReprString(cookieObj)
		if err != nil {
			return Null, err
		}
		return Null, m.Raisef(m.types.ValueError, "negative seek position %s", r)
	}
	if err := m.textFlush(t); err != nil {
		return Null, err
	}
	cookie, err := m.parseCookie(cookieObj)
	if err != nil {
		return Null, err
	}
	if _, err := m.textBufSeek(t, cookie.startPos, 0); err != nil {
		return Null, err
	}
	t.setDecoded("")
	t.snapshot = false
	if t.decoder != nil {
		t.decoderSetState(cookie)
	}
	if cookie.charsToSkip != 0 {
		input, err := m.textBufRead(t, int64(cookie.bytesToFeed), false)
		if err != nil {
			return Null, err
		}
		t.snapshot, t.snapFlags, t.snapInput = true, cookie.decFlags, input
		decoded, err := t.decoder.decode(input, cookie.needEOF)
		if err != nil {
			return Null, m.codecError(err)
		}
		t.setDecoded(decoded)
		if text.Len(decoded) < cookie.charsToSkip {
			return Null, m.Raisef(m.types.exceptions["OSError"], "can't restore logical file position")
		}
		t.usedBytes = prefixBytes(decoded, int64(cookie.charsToSkip))
	} else {
		t.snapshot, t.snapFlags, t.snapInput = true, cookie.decFlags, ""
	}
	if t.canWrite {
		t.encoderReset(cookie.startPos == 0 && cookie.decFlags == 0)
	}
	return cookieObj, nil
}

// textClose is TextIOWrapper.close: flush, then close the buffer even
// if the flush failed.
func (m *Machine) textClose(t *textIO) error {
	if err := m.textCheckAttached(t); err != nil {
		return err
	}
	if t.buffer != nil {
		if err := m.bufCheck(t.buffer); err != nil {
			return err
		}
	}
	if t.layerClosed() {
		return nil
	}
	ferr := m.textFlush(t)
	var cerr error
	if t.buffer != nil {
		cerr = m.bufClose(t.buffer)
	} else {
		cerr = m.closeRaw(t.raw)
	}
	if ferr != nil {
		return ferr
	}
	return cerr
}

// textDetach is TextIOWrapper.detach.
func (m *Machine) textDetach(t *textIO) (Value, error) {
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	if err := m.textFlush(t); err != nil {
		return Null, err
	}
	b := t.bufferValue()
	t.buffer, t.raw, t.detached = nil, nil, true
	return b, nil
}

// The Python methods.

var (
	specTextWrite    = &ArgSpec{Name: "write", Func: "TextIOWrapper.write", Kind: ArgsO}
	specTextRead     = &ArgSpec{Name: "read", Kind: ArgsPositional, Min: 0, Max: 1}
	specTextReadline = &ArgSpec{Name: "readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specTextSeek     = &ArgSpec{Name: "seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specTextTruncate = &ArgSpec{Name: "truncate", Kind: ArgsPositional, Min: 0, Max: 1}
	specReconfigure  = &ArgSpec{Name: "reconfigure", Kind: ArgsKeywords,
		Names: []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, Max: 0}
)

func textIORepr(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	var b strings.Builder
	b.WriteString("<_io.TextIOWrapper")
	name, err := m.lookupAttrStr(v, "name")
	if err != nil && !m.isRaise(err, m.types.ValueError) {
		return Null, err
	}
	if err == nil && name != Null {
		r, err := m.ReprString(name)
		if err != nil {
			return Null, err
		}
		b.WriteString(" name=" + r)
	}
	mode, err := m.lookupAttrStr(v, "mode")
	if err != nil {
		return Null, err
	}
	if mode != Null {
		r, err := m.ReprString(mode)
		if err != nil {
			return Null, err
		}
		b.WriteString(" mode=" + r)
	}
	r, err := m.ReprString(m.NewStr(t.encoding))
	if err != nil {
		return Null, err
	}
	b.WriteString(" encoding=" + r + ">")
	return m.NewStr(b.String()), nil
}

func textIOGetBuffer(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if t.detached {
		return None, nil
	}
	return t.bufferValue(), nil
}

func textIOGetName(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	return m.GetAttr(t.bufferValue(), m.Intern("name"))
}

func textIOGetClosed(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	if t.buffer != nil {
		if err := m.bufCheck(t.buffer); err != nil {
			return Null, err
		}
	}
	return Bool(t.layerClosed()), nil
}

// textIOGetNewlines is the decoder's newlines: None unless an
// IncrementalNewlineDecoder has seen some.
func textIOGetNewlines(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	nl, ok := t.decoder.(*newlineDecoder)
	if !ok {
		return None, nil
	}
	return m.newlinesSeen(nl.seen), nil
}

// newlinesSeen is IncrementalNewlineDecoder.newlines: None, one newline
// or a tuple of the kinds seen ("\r", "\n", "\r\n" in that order).
func (m *Machine) newlinesSeen(seen int) Value {
	var kinds []Value
	for _, k := range []struct {
		bit int
		s   string
	}{{seenCR, "\r"}, {seenLF, "\n"}, {seenCRLF, "\r\n"}} {
		if seen&k.bit != 0 {
			kinds = append(kinds, m.NewStr(k.s))
		}
	}
	switch len(kinds) {
	case 0:
		return None
	case 1:
		return kinds[0]
	}
	return m.NewTuple(kinds)
}

func textIOGetChunkSize(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	return m.NewInt(int64(t.chunkSize)), nil
}

func textIOSetChunkSize(m *Machine, self, v Value) error {
	t := m.textIO(self)
	if err := m.textCheckAttached(t); err != nil {
		return err
	}
	if v == Null {
		return m.Raisef(m.types.exceptions["AttributeError"], "cannot delete attribute")
	}
	n, err := m.offsetArg(v)
	if err != nil {
		return err
	}
	if n <= 0 {
		return m.Raisef(m.types.ValueError, "a strictly positive integer is required")
	}
	t.chunkSize = int(n)
	return nil
}

func textIONext(m *Machine, v Value) (Value, error) {
	t := m.textIO(v)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	t.telling = false
	line, err := m.textReadline(t, -1)
	if err != nil || line == "" {
		t.snapshot = false
		t.telling = t.seekable
		return Null, err
	}
	return m.NewStr(line), nil
}

func textIOWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specTextWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		return Null, m.typeError("write() argument must be str, not %s", m.badArgumentName(a[0]))
	}
	if err := m.textWrite(m.textIO(self), s.S); err != nil {
		return Null, err
	}
	return m.NewInt(int64(s.strLength())), nil
}

func textIORead(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specTextRead, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.optSize(a[0])
	if err != nil {
		return Null, err
	}
	s, err := m.textRead(m.textIO(self), n)
	if err != nil {
		return Null, err
	}
	return m.NewStr(s), nil
}

func textIOReadline(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specTextReadline, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.sizeArg(a[0], false)
	if err != nil {
		return Null, err
	}
	t := m.textIO(self)
	if err := m.textCheckAttached(t); err != nil {
		return Null, err
	}
	s, err := m.textReadline(t, n)
	if err != nil {
		return Null, err
	}
	return m.NewStr(s), nil
}

func textIOFlush(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "flush", args, kw); err != nil {
		return Null, err
	}
	if err := m.textFlush(m.textIO(self)); err != nil {
		return Null, err
	}
	return None, nil
}

func textIOClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	if err := m.textClose(m.textIO(self)); err != nil {
		return Null, err
	}
	return None, nil
}

func textIODetach(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "detach", args, kw); err != nil {
		return Null, err
	}
	return m.textDetach(m.textIO(self))
}

// textIOBufferCall is the methods TextIOWrapper passes to its buffer.
func textIOBufferCall(name string) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "TextIOWrapper." + name, Kind: ArgsNone}
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kw, nil); err != nil {
			return Null, err
		}
		t := m.textIO(self)
		if err := m.textCheckAttached(t); err != nil {
			return Null, err
		}
		return m.CallMethod(t.bufferValue(), name)
	}
}

func textIOSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specTextSeek, args, kw, a[:]); err != nil {
		return Null, err
	}
	whence, err := m.whenceArg(a[1])
	if err != nil {
		return Null, err
	}
	return m.textSeek(m.textIO(self), a[0], whence)
}

func textIOTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	return m.textTell(m.textIO(self))
}

func textIOTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specTextTruncate, args, kw, a[:]); err != nil {
		return Null, err
	}
	t := m.textIO(self)
	if err := m.textFlush(t); err != nil {
		return Null, err
	}
	if t.buffer != nil {
		return m.bufTruncate(t.buffer, a[0])
	}
	return m.truncateRaw(t.raw, a[0])
}

// optionalStr is an "str or None" argument of reconfigure and open().
func (m *Machine) optionalStr(fn, name string, v Value) (string, bool, error) {
	if v == Null || v == None {
		return "", false, nil
	}
	s := m.str(v)
	if s == nil {
		return "", false, m.typeError("%s() argument '%s' must be str or None, not %s", fn, name, m.typeName(v))
	}
	return s.S, true, nil
}

// checkNewline is validate_newline.
func (m *Machine) checkNewline(s string) error {
	switch s {
	case "", "\n", "\r", "\r\n":
		return nil
	}
	return m.Raisef(m.types.ValueError, "illegal newline value: %s", s)
}

// optionalBool is convert_optional_bool: None leaves a setting alone,
// anything else is an int by __index__.
func (m *Machine) optionalBool(v Value) (int, error) {
	if v == Null || v == None {
		return -1, nil
	}
	n, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	if t, _ := m.Truth(n); t {
		return 1, nil
	}
	return 0, nil
}

// textIOReconfigure is TextIOWrapper.reconfigure.
func textIOReconfigure(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [5]Value
	if err := m.ParseArgs(specReconfigure, args, kw, a[:]); err != nil {
		return Null, err
	}
	t := m.textIO(self)
	encoding, haveEncoding, err := m.optionalStr("reconfigure", "encoding", a[0])
	if err != nil {
		return Null, err
	}
	errors, haveErrors, err := m.optionalStr("reconfigure", "errors", a[1])
	if err != nil {
		return Null, err
	}
	var newline *string
	newlineGiven := a[2] != Null
	if newlineGiven && a[2] != None {
		s := m.str(a[2])
		if s == nil {
			return Null, m.typeError("reconfigure() argument 'newline' must be str or None, not %s", m.typeName(a[2]))
		}
		nl := s.S
		if i := strings.IndexByte(nl, 0); i >= 0 {
			nl = nl[:i]
		}
		if err := m.checkNewline(nl); err != nil {
			return Null, err
		}
		newline = &nl
	}
	lineBuffering, err := m.optionalBool(a[3])
	if err != nil {
		return Null, err
	}
	writeThrough, err := m.optionalBool(a[4])
	if err != nil {
		return Null, err
	}
	if t.decoded != "" && (haveEncoding || haveErrors || newlineGiven) {
		return Null, m.unsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	if err := m.textFlush(t); err != nil {
		return Null, err
	}
	t.b2cRatio = 0
	if newlineGiven {
		m.setNewline(t, newline)
	}
	if haveEncoding || haveErrors || newlineGiven {
		if !haveEncoding {
			encoding = t.encoding
			if !haveErrors {
				errors = t.errors
			}
		} else if !haveErrors {
			errors = "strict"
		}
		codec, err := m.lookupTextEncoding(encoding)
		if err != nil {
			return Null, err
		}
		t.codec, t.encoding, t.errors = codec, encoding, errors
		if t.decoder != nil {
			t.decoder = t.makeDecoder()
		}
		t.sigFirst = true
		if err := m.textFixEncoderState(t); err != nil {
			return Null, err
		}
	}
	if lineBuffering >= 0 {
		t.lineBuffering = lineBuffering == 1
	}
	if writeThrough >= 0 {
		t.writeThrough = writeThrough == 1
	}
	return None, nil
}
