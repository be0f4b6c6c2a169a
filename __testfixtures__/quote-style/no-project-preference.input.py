# Without a quote preference for the whole project (no formatter's configuration, no
# clear majority across its modules), ordinary strings keep their quotes, even where
# this one file leans one way: each file following its own majority flips files against
# the project.
NAME = "server"
MODE = "fast"
LABEL = 'label'
MESSAGE = ('first part, '
           "second part")
