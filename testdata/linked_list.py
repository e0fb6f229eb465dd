class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def find(self, predicate):
        for index, value in enumerate(self):
            if predicate(value):
                return index
        return -1

    def remove_if(self, predicate):
        dummy = Node(None, self.head)
        node = dummy
        while node.next:
            if predicate(node.next.value):
                node.next = node.next.next
                self.size -= 1
            else:
                node = node.next
        self.head = dummy.next

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


items = LinkedList(range(1, 11))
print(items, len(items), items.middle())
items.reverse()
print(items, items.find(lambda v: v < 5))
items.remove_if(lambda v: v % 3 == 0)
print(items, len(items), items.pop(), list(items)[:3])
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e, empty.middle())
