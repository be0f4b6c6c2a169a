NAME = "server"
LABEL = "label"
