"""One long loop body: its jumps span more than 255 code units, so both the
backward jump and the forward exits need EXTENDED_ARG."""


def summarize(records):
    totals = {"count": 0, "errors": 0, "warnings": 0}
    by_region = {}
    longest_name = ""
    smallest = None
    largest = None
    flagged = []
    index = 0
    while index < len(records):
        record = records[index]
        index += 1
        if not record:
            totals["errors"] += 1
            continue
        name = record.get("name", "").strip()
        region = record.get("region", "unknown").lower()
        amount = record.get("amount", 0)
        quantity = record.get("quantity", 1)
        discount = record.get("discount", 0.0)
        if not name:
            totals["errors"] += 1
            flagged.append((index, "missing name"))
            continue
        if len(name) > len(longest_name):
            longest_name = name
        if not isinstance(amount, (int, float)):
            totals["errors"] += 1
            flagged.append((index, "bad amount"))
            continue
        if quantity <= 0:
            totals["warnings"] += 1
            flagged.append((index, "non-positive quantity"))
            quantity = 1
        if discount < 0 or discount > 0.5:
            totals["warnings"] += 1
            flagged.append((index, "odd discount"))
            discount = min(max(discount, 0.0), 0.5)
        net = amount * quantity * (1 - discount)
        if smallest is None or net < smallest:
            smallest = net
        if largest is None or net > largest:
            largest = net
        bucket = by_region.setdefault(region, {"count": 0, "net": 0.0, "names": []})
        bucket["count"] += 1
        bucket["net"] += net
        bucket["names"].append(name)
        if region == "north":
            bucket["net"] += 0.25
        elif region == "south":
            bucket["net"] -= 0.25
        elif region == "east":
            bucket["net"] *= 1.0
        elif region == "west":
            bucket["net"] += 0.0
        else:
            totals["warnings"] += 1
            flagged.append((index, f"unknown region {region!r}"))
        if net > 1000:
            flagged.append((index, "large order"))
            if quantity > 10:
                flagged.append((index, "bulk order"))
                if discount == 0:
                    flagged.append((index, "bulk order without discount"))
        elif net < 1:
            flagged.append((index, "tiny order"))
        if name.startswith("test"):
            flagged.append((index, "test record"))
            totals["warnings"] += 1
        if name.isupper():
            flagged.append((index, "shouting name"))
        if any(ch.isdigit() for ch in name):
            flagged.append((index, "digit in name"))
        code = sum(ord(ch) for ch in name) % 97
        if code == 0:
            flagged.append((index, "checksum zero"))
        elif code < 10:
            flagged.append((index, "checksum small"))
        elif code > 90:
            flagged.append((index, "checksum large"))
        tags = record.get("tags", ())
        for tag in tags:
            if tag == "skip":
                break
            if tag == "priority":
                flagged.append((index, "priority"))
            elif tag == "fragile":
                flagged.append((index, "fragile"))
            elif tag == "gift":
                flagged.append((index, "gift"))
        else:
            if tags:
                flagged.append((index, f"{len(tags)} tags"))
        totals["count"] += 1
        if totals["count"] % 3 == 0:
            totals["every_third"] = totals.get("every_third", 0) + 1
        if totals["errors"] > 100:
            break
    else:
        totals["complete"] = True
    regions = sorted(by_region.items())
    return totals, regions, longest_name, smallest, largest, flagged


records = [
    {"name": "widget", "region": "North", "amount": 12.5, "quantity": 4},
    {"name": "GADGET", "region": "south", "amount": 300, "quantity": 12},
    {},
    {"name": "", "region": "east"},
    {"name": "gizmo2", "region": "west", "amount": "lots"},
    {"name": "test doohickey", "region": "mars", "amount": 0.5, "discount": 0.9},
    {"name": "thingamajig", "region": "east", "amount": 99.99, "quantity": 0, "tags": ("gift", "priority")},
    {"name": "whatsit", "region": "north", "amount": 7, "tags": ("fragile", "skip", "gift")},
]
totals, regions, longest, lo, hi, flagged = summarize(records)
print(totals)
for region, info in regions:
    print(region, info["count"], round(info["net"], 2), info["names"])
print(longest, round(lo, 3), round(hi, 3))
for entry in flagged:
    print(*entry)
