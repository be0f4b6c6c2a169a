from pkg.algorithms import *
