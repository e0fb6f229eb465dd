# Twenty statically nested blocks: the most CPython 3.11 allows (CO_MAXBLOCKS).
def walk(data):
    hits = 0
    for a in data:
     for b in data:
      while False:
       pass
      with open_none():
       try:
        for c in data:
         try:
          for d in data:
           with open_none():
            for e in data:
             try:
              for f in data:
               for g in data:
                for h in data:
                 for i in data:
                  for j in data:
                   for k in data:
                    for m in data:
                     for n in data:
                      hits += 1
             finally:
              pass
         except ValueError:
          pass
       finally:
        pass
    return hits


class open_none:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


print(walk([1]), walk([]))
