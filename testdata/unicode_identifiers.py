# Identifiers and strings beyond ASCII: columns are counted in UTF-8 bytes.
größe = 180
π = 3.14159
café = "au lait"
naïve_count = 0
Δx = 0.5
變數 = "variable"
ĳ = "ligature"  # NFKC normalizes this identifier to 'ij'


def flächeninhalt(radius):
    return π * radius ** 2


class Straße:
    länge = 42

    def beschreibung(self):
        return f"Straße mit Länge {self.länge} — {café}"


for ñ in range(3):
    naïve_count += ñ
print(größe, round(flächeninhalt(2), 3), Straße().beschreibung(), naïve_count, Δx * 4)
print(變數, "😀 emoji", len("😀"), "→".join(["α", "β", "γ"]), ij)
résumé = {"naïve": größe, "ключ": "значение"}
print(résumé, [k for k in résumé if "ï" in k], "ü" * 3)
