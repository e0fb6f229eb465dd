a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n'
f = R"raw\d"
g = b'bytes'
h = B"BYTES\x00\xff"
i = rb'raw bytes\n'
j = Rb'x' + bR'y' + BR'z' + br"w"
k = u'unicode'
l = U'UNICODE'
m = 'concat' "enated" '''strings'''
n = ('multi'
     'line'
     "concat")
o = b'a' b'b'
p = '\n\t\r\\\'\"\a\b\f\v\0\12\123\x41\u0041\U00000041'
q = '\N{BULLET} \N{GREEK SMALL LETTER ALPHA}'
r = b'\n\t\x41\101\q'
s = 'invalid \q escape'
t = 'line \
continued'
u = ''
v = b''
w = """"""
x = 'it''s'
y = "quote ' inside"
z = 'é' 'ü'
aa = '\u00e9\U0001F600'
bb = 'unicode é ü 😀'
cc = '\d \w'
dd = u'a' 'b'
ee = 'a' u'b'
ff = '\777'
gg = b'\777'
hh = r'\''
ii = '\
'
jj = '''a\
b'''
kk = 'tab	inside'
ll = '\x00'
mm = '\ud800'
