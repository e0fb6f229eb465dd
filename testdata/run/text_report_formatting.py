# A sales report: grouping, totals, aligned tables, percentages, bar charts and a summary box.

SALES = """\
2024-01-03,north,widget,12,3.50
2024-01-05,south,gadget,3,12.25
2024-01-09,east,widget,7,3.50
2024-01-12,north,gizmo,1,99.99
2024-01-15,west,gadget,9,12.25
2024-02-01,north,widget,30,3.25
2024-02-03,east,gizmo,2,99.99
2024-02-10,south,widget,5,3.50
2024-02-14,west,widget,14,3.25
2024-02-20,north,gadget,6,12.00
2024-03-02,east,gadget,11,12.00
2024-03-08,south,gizmo,4,95.00
2024-03-15,west,gizmo,1,95.00
2024-03-21,north,widget,22,3.25
2024-03-30,east,widget,18,3.25
"""

rows = []
for line in SALES.splitlines():
    date, region, product, qty, price = line.split(",")
    rows.append({"date": date, "month": date[:7], "region": region, "product": product,
                 "qty": int(qty), "price": float(price), "total": int(qty) * float(price)})
print(f"{len(rows)} sales records, {sum(r['qty'] for r in rows)} units")


def group(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def table(title, header, body, footer=None):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body, *([footer] if footer else []))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(title)
    print(line)
    print("| " + " | ".join(str(h).center(w) for h, w in zip(header, widths)) + " |")
    print(line)
    for row in body:
        cells = [str(c).rjust(w) if isinstance(c, (int, float)) or c[:1].isdigit() else str(c).ljust(w) for c, w in zip(row, widths)]
        print("| " + " | ".join(cells) + " |")
    if footer:
        print(line)
        print("| " + " | ".join(str(c).rjust(w) for c, w in zip(footer, widths)) + " |")
    print(line)


grand = sum(r["total"] for r in rows)
by_region = group(rows, "region")
body = []
for region in sorted(by_region):
    rs = by_region[region]
    t = sum(r["total"] for r in rs)
    body.append([region, len(rs), sum(r["qty"] for r in rs), f"{t:,.2f}", f"{t / grand:.1%}"])
table("Revenue by region", ["region", "sales", "units", "revenue", "share"], body,
      ["all", len(rows), sum(r["qty"] for r in rows), f"{grand:,.2f}", "100.0%"])

by_month = group(rows, "month")
products = sorted({r["product"] for r in rows})
body = []
for month in sorted(by_month):
    cells = [month]
    for p in products:
        cells.append(f"{sum(r['total'] for r in by_month[month] if r['product'] == p):.2f}")
    cells.append(f"{sum(r['total'] for r in by_month[month]):.2f}")
    body.append(cells)
table("Monthly revenue by product", ["month", *products, "total"], body)

print("Units per product:")
units = {p: sum(r["qty"] for r in rows if r["product"] == p) for p in products}
scale = 40 / max(units.values())
for p, u in sorted(units.items(), key=lambda kv: -kv[1]):
    print(f"  {p:<7} {u:>4} {'█' * round(u * scale)}")

best = max(rows, key=lambda r: r["total"])
worst = min(rows, key=lambda r: r["total"])
avg = grand / len(rows)
median = sorted(r["total"] for r in rows)[len(rows) // 2]
summary = [f"Best sale:  {best['date']} {best['region']} {best['product']} {best['total']:.2f}",
           f"Worst sale: {worst['date']} {worst['region']} {worst['product']} {worst['total']:.2f}",
           f"Average:    {avg:.4f}", f"Median:     {median:.2f}",
           f"Above avg:  {sum(r['total'] > avg for r in rows)} of {len(rows)}"]
width = max(map(len, summary))
print("╔" + "═" * (width + 2) + "╗")
for s in summary:
    print(f"║ {s:<{width}} ║")
print("╚" + "═" * (width + 2) + "╝")
growth = []
months = sorted(by_month)
for prev, cur in zip(months, months[1:]):
    a = sum(r["total"] for r in by_month[prev])
    b = sum(r["total"] for r in by_month[cur])
    growth.append(f"{cur}: {b - a:+.2f} ({(b - a) / a:+.1%})")
print("Month over month:", "; ".join(growth))
