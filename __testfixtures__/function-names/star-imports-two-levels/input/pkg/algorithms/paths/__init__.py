from pkg.algorithms.paths.unweighted import *
