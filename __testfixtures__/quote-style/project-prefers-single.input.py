"Servers and their flavors."

NAME = "server"
LABEL = 'label'
GREETING = "it's"


def resize(server):
    "Resize a server."
    return server["flavor"]
