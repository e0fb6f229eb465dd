from __future__ import annotations


class Node:
    value: int
    next: Node | None = None

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        tail = self
        while tail.next is not None:
            tail = tail.next
        tail.next = Node(value)
        return self


def to_list(node: Node | None) -> list[int]:
    out: list[int] = []
    while node:
        out.append(node.value)
        node = node.next
    return out


chain = Node(1).append(2).append(3)
print(to_list(chain))
print(Node.__annotations__, to_list.__annotations__)
