é = 1
ñ = é + 1
naïve = "café"
def 函数(参数):
    return 参数
x = "日本語" + é
y = [é, ñ, 'ü']
z = f"{é} and {ñ}"
class Ünïcödé:
    attribute_ä = 1
print(Ünïcödé.attribute_ä)
s = '😀' + é
t = é.real
