# error: SyntaxError: too many statically nested blocks
for a in x:
 for b in x:
  for c in x:
   for d in x:
    for e in x:
     for f in x:
      for g in x:
       for h in x:
        for i in x:
         for j in x:
          for k in x:
           for l in x:
            for m in x:
             for n in x:
              for o in x:
               for p in x:
                for q in x:
                 for r in x:
                  for s in x:
                   for t in x:
                    for u in x:
                     pass
