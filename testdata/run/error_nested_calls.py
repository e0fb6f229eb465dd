# Ends with ValueError raised inside int() five Python frames deep.


def parse_field(text):
    return int(text)


def parse_row(row):
    fields = row.split(",")
    return [parse_field(f) for f in fields]


def parse_table(rows):
    out = []
    for row in rows:
        out.append(parse_row(row))
        print("parsed", out[-1])
    return out


def load(text):
    return parse_table(text.strip().splitlines())


def main():
    table = load("1,2,3\n4,5,6\n7,x8,9\n")
    print(table)


main()
