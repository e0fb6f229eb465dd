header = b"\x89PNG\r\n\x1a\n"
ascii_text = b'plain ascii'
raw_bytes = rb"\x00 stays literal"
triple_bytes = b"""multi
line"""
joined = b"ab" b"cd" + b"ef"

print(header, len(header))
print(ascii_text.upper(), ascii_text.split(b" "))
print(raw_bytes, len(raw_bytes))
print(triple_bytes, joined)
print(list(b"xyz"), bytes([104, 105]), b"abc"[1], b"abc"[1:])
buf = bytearray(b"hello")
buf[0] = ord("J")
buf.extend(b"!!")
print(buf, bytes(buf).decode("ascii"), b"%d-%s" % (5, b"x"))
print(b"\xff".hex(), bytes.fromhex("deadbeef"), b"a" * 3, b"b" in b"abc")
