class Tree:
    def __init__(self):
        self.root = None
        self.count = 0

    class _Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def insert(self, key, value=None):
        def _insert(node):
            if node is None:
                self.count += 1
                return Tree._Node(key, value)
            if key < node.key:
                node.left = _insert(node.left)
            elif key > node.key:
                node.right = _insert(node.right)
            else:
                node.value = value
            return node
        self.root = _insert(self.root)

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key, node.value
                yield from walk(node.right)
        return walk(self.root)

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def _min(node):
            while node.left:
                node = node.left
            return node

        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = _min(node.right)
                node.key, node.value = succ.key, succ.value
                node.right = _delete(node.right, succ.key)
            return node
        self.root = _delete(self.root, key)
        self.count -= 1

    def __len__(self):
        return self.count


t = Tree()
for word in "the quick brown fox jumps over the lazy dog".split():
    t.insert(word, len(word))
print(len(t), t.height(), [k for k, _ in t.inorder()])
t.delete("quick")
t.delete("the")
print("quick" in t, "fox" in t, list(t.inorder()))
try:
    t.delete("missing")
except KeyError as e:
    print("missing key", e)
