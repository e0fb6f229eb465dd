# Ends with AttributeError on None in the middle of an attribute chain a.b.c; carets mark the failing part.


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


root = Node("root")
child = Node("child", root)
leaf = Node("leaf", child)
print(leaf.parent.name)
print(leaf.parent.parent.name)
print(leaf.parent.parent.parent.name)
