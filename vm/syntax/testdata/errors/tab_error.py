# error: TabError: inconsistent use of tabs and spaces in indentation
if True:
	if True:
        pass
