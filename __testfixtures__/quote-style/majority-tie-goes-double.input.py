NAME = "server"
LABEL = 'label'
