"""Generates ../unicode_names.bin and ../names_gen.go: the Unicode character
names of CPython 3.11's unicodedata (Unicode 14.0), which the \\N{...}
escape and the namereplace error handler use, with the name aliases of
NameAliases.txt, which \\N{...} also accepts.

The data is one line per name: "HEX;NAME" for a character's name,
"HEX=ALIAS" for an alias.

Run with CPython 3.11 from vm/text:  python3 _gen/names.py
"""
import re
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

# Formal name aliases (Unicode's NameAliases.txt). Each is checked against
# unicodedata.lookup below, so a wrong entry fails the generation.
ALIASES = """
0000 NULL;NUL
0001 START OF HEADING;SOH
0002 START OF TEXT;STX
0003 END OF TEXT;ETX
0004 END OF TRANSMISSION;EOT
0005 ENQUIRY;ENQ
0006 ACKNOWLEDGE;ACK
0007 ALERT;BEL
0008 BACKSPACE;BS
0009 CHARACTER TABULATION;HORIZONTAL TABULATION;HT;TAB
000A LINE FEED;NEW LINE;END OF LINE;LF;NL;EOL
000B LINE TABULATION;VERTICAL TABULATION;VT
000C FORM FEED;FF
000D CARRIAGE RETURN;CR
000E SHIFT OUT;LOCKING-SHIFT ONE;SO
000F SHIFT IN;LOCKING-SHIFT ZERO;SI
0010 DATA LINK ESCAPE;DLE
0011 DEVICE CONTROL ONE;DC1
0012 DEVICE CONTROL TWO;DC2
0013 DEVICE CONTROL THREE;DC3
0014 DEVICE CONTROL FOUR;DC4
0015 NEGATIVE ACKNOWLEDGE;NAK
0016 SYNCHRONOUS IDLE;SYN
0017 END OF TRANSMISSION BLOCK;ETB
0018 CANCEL;CAN
0019 END OF MEDIUM;EOM
001A SUBSTITUTE;SUB
001B ESCAPE;ESC
001C INFORMATION SEPARATOR FOUR;FILE SEPARATOR;FS
001D INFORMATION SEPARATOR THREE;GROUP SEPARATOR;GS
001E INFORMATION SEPARATOR TWO;RECORD SEPARATOR;RS
001F INFORMATION SEPARATOR ONE;UNIT SEPARATOR;US
0020 SP
007F DELETE;DEL
0080 PADDING CHARACTER;PAD
0081 HIGH OCTET PRESET;HOP
0082 BREAK PERMITTED HERE;BPH
0083 NO BREAK HERE;NBH
0084 INDEX;IND
0085 NEXT LINE;NEL
0086 START OF SELECTED AREA;SSA
0087 END OF SELECTED AREA;ESA
0088 CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;HTJ
008A LINE TABULATION SET;VERTICAL TABULATION SET;VTS
008B PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PLD
008C PARTIAL LINE BACKWARD;PARTIAL LINE UP;PLU
008D REVERSE LINE FEED;REVERSE INDEX;RI
008E SINGLE SHIFT TWO;SINGLE-SHIFT-2;SS2
008F SINGLE SHIFT THREE;SINGLE-SHIFT-3;SS3
0090 DEVICE CONTROL STRING;DCS
0091 PRIVATE USE ONE;PRIVATE USE-1;PU1
0092 PRIVATE USE TWO;PRIVATE USE-2;PU2
0093 SET TRANSMIT STATE;STS
0094 CANCEL CHARACTER;CCH
0095 MESSAGE WAITING;MW
0096 START OF GUARDED AREA;START OF PROTECTED AREA;SPA
0097 END OF GUARDED AREA;END OF PROTECTED AREA;EPA
0098 START OF STRING;SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER;SGC
009A SINGLE CHARACTER INTRODUCER;SCI
009B CONTROL SEQUENCE INTRODUCER;CSI
009C STRING TERMINATOR;ST
009D OPERATING SYSTEM COMMAND;OSC
009E PRIVACY MESSAGE;PM
009F APPLICATION PROGRAM COMMAND;APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
180B FVS1
180C FVS2
180D FVS3
180E MVS
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK;BOM;ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""

# Names derived from the code point (unicodedata computes them).
PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]

entries = []
ranges = []  # (lo, hi, prefix index)
pat = re.compile(r"^(.*-)([0-9A-F]{4,6})$")
cur = None
for cp in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith("HANGUL SYLLABLE "):
        assert 0xAC00 <= cp <= 0xD7A3
        continue
    m = pat.match(name)
    if m and m.group(1) in PREFIXES and int(m.group(2), 16) == cp:
        k = PREFIXES.index(m.group(1))
        if cur and cur[2] == k and cur[1] == cp - 1:
            cur[1] = cp
        else:
            cur = [cp, cp, k]
            ranges.append(cur)
        continue
    entries.append((cp, name))

aliases = []
for line in ALIASES.strip().splitlines():
    cp, names = line.split(" ", 1)
    for n in names.split(";"):
        aliases.append((int(cp, 16), n))
for i in range(1, 17):
    aliases.append((0xFE00 + i - 1, "VS%d" % i))
for i in range(17, 257):
    aliases.append((0xE0100 + i - 17, "VS%d" % i))
for cp, n in aliases:
    assert unicodedata.lookup(n) == chr(cp), n
    assert eval('"\\N{%s}"' % n) == chr(cp), n

text = "".join("%X;%s\n" % (cp, n) for cp, n in entries) + "".join("%X=%s\n" % (cp, n) for cp, n in aliases)
with open("unicode_names.bin", "wb") as f:
    f.write(zlib.compress(text.encode("ascii"), 9)[2:-4])  # raw DEFLATE

with open("names_gen.go", "w") as f:
    f.write("// Code generated by _gen/names.py from CPython %s (Unicode %s). DO NOT EDIT.\n\n"
            % (sys.version.split()[0], unicodedata.unidata_version))
    f.write("package text\n\n")
    f.write("// derivedNamePrefixes are the names unicodedata derives from the code point.\n")
    f.write("var derivedNamePrefixes = []string{%s}\n\n" % ", ".join('"%s"' % p for p in PREFIXES))
    f.write("// derivedNameRanges lists the code points named by a prefix and their hex value.\n")
    f.write("var derivedNameRanges = []struct {\n\tlo, hi rune\n\tprefix int\n}{\n")
    for lo, hi, k in ranges:
        f.write("\t{0x%X, 0x%X, %d},\n" % (lo, hi, k))
    f.write("}\n")
