def collect(*args, **kwargs):
    return len(args), len(kwargs)


class Builder:
    def add(self, *parts, **named):
        return len(parts) + len(named)


b = Builder()
print(collect(1, 2, 3, a=1, b=2))
print(collect(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
              20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32))
print(b.add(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
            20, 21, 22, 23, 24, 25, 26, 27, 28, 29))
print(b.add(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
            k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13))
print(b.add(*range(5), k=1), b.add(**{"x": 1}), b.add(*[1], *[2], **{"y": 3}, z=4))
values = list(range(260))
print(collect(*values), collect(v0=0, v1=1, v2=2, v3=3, v4=4, v5=5, v6=6, v7=7, v8=8, v9=9,
                                v10=10, v11=11, v12=12, v13=13, v14=14, v15=15, v16=16, v17=17,
                                v18=18, v19=19, v20=20, v21=21, v22=22, v23=23, v24=24, v25=25,
                                v26=26, v27=27, v28=28, v29=29, v30=30))
print(max(3, 9, key=lambda v: -v), sorted([3, 1, 2], reverse=True), "-".join(map(str, range(3))))
print(dict(a=1, b=2), str(object=5), int("ff", base=16), print.__name__)
