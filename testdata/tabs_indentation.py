# A file indented with tabs throughout.
class Shelf:
	def __init__(self):
		self.items = []

	def add(self, *items):
		for item in items:
			if item not in self.items:
				self.items.append(item)
		return self


print(Shelf().add("a", "b", "a").items)
