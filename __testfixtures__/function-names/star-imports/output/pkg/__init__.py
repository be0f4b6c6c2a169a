from pkg.relabel import *
