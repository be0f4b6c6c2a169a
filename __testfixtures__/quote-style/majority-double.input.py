NAME = "server"
MODE = "fast"
LABEL = 'label'
