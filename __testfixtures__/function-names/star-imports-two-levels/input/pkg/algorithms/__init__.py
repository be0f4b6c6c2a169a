from pkg.algorithms.paths import *
