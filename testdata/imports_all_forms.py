"""Imports in every syntactic form. Only sys and math are actually loaded."""
import sys
import math as m
import math, sys as system
from math import pi
from math import (
    sqrt,
    floor as fl,
    ceil,
)
from math import *


def lazy_imports():
    import os.path
    import os.path as osp
    import xml.etree.ElementTree
    from os import sep, path as p
    from . import sibling
    from .. import parent_pkg
    from .helpers import tool as t
    from ...deep.module import name
    return os, osp, xml, sep, p, sibling, parent_pkg, t, name


def local_math():
    import math
    from math import gcd
    return math.lcm(4, 6), gcd(12, 18)


print(pi == m.pi, sqrt(16), fl(2.7), ceil(2.1), e, tau)
print(system is sys, local_math(), inf > 0, isqrt(50))
print(sys.version_info >= (3, 11), callable(lazy_imports))
