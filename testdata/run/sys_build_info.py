# sys's descriptions of the build and its runtime settings.
import sys
print(sys.getswitchinterval(), sys.getfilesystemencodeerrors(), sys.getdlopenflags(), sys._git, repr(sys._framework), sys.thread_info)
print(len(sys.stdlib_module_names), list(sys.stdlib_module_names)[:12], 'math' in sys.stdlib_module_names)
for v in (0, -1, 'x'):
    try: sys.setswitchinterval(v)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
sys.setswitchinterval(0.0123456789); print(sys.getswitchinterval())
sys.setswitchinterval(1e-9); print(sys.getswitchinterval())
sys.setdlopenflags(258); print(sys.getdlopenflags())
print(sys.call_tracing(divmod, (7, 2)))
try: sys.call_tracing(divmod, [7, 2])
except TypeError as e: print(e)
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info[2])
