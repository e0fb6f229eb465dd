# bytes and bytearray basics: literals, indexing, slicing, methods, conversions.

b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b[1:8:2], type(b[0]).__name__, type(b[:1]).__name__)
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"lo" in b, 111 in b, 120 in b, b.index(b"w"))
print(b + b"!", b * 2, b"-".join([b"a", b"b", b"c"]), b.strip(b"hd"), b.partition(b" "))
print(bytes(5), bytes([65, 66, 67]), bytes(range(48, 58)), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"))
print(b.hex(), b"\x00\xff".hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("414243"))
print(list(b"abc"), tuple(b"\x00\x7f\x80\xff"), [hex(x) for x in b"\x01\x10"])
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a", b"a" == "a", b"A"[0] == 65)
print(b"Hello".decode(), b"caf\xc3\xa9".decode("utf-8"), "ünï".encode(), "ünï".encode("latin-1"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)

ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba), bytes(ba), ba.pop(), ba, ba.decode())
del ba[0]
ba.insert(0, 122)
ba.reverse()
print(ba, ba.upper(), ba.find(b"Z"), bytearray(3), bytearray(b"x") * 3)
print("isalpha etc:", b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print("split lines:", b"a\nb\r\nc".splitlines(), b"a,b,,c".split(b","), b"  a  ".strip())
print("int conversions:", int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      (258).to_bytes(2, "big"), (258).to_bytes(3, "little"))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print("checksum:", checksum, hex(checksum))
print("hash equal to str hash:", hash(b"") == hash(""), hash(b"\x00") == hash(b"\x00"))
print("iteration:", [chr(c) for c in b"xyz"], sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"dcba"))
print("repr:", repr(b"\t\n\r\\'"), repr(bytearray(b"q")), str(b"x"), b"%d-%s" % (5, b"z"))
print("bytes of ints:", bytes([0, 127, 128, 255]), bytes((1, 2)) + bytes(2), b"ab".zfill(5), b"ab".center(6, b"*"))
