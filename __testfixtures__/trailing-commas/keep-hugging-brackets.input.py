# A closing bracket crammed against another, or followed by the next element of an
# outer bracket, is a hugging layout: a comma there would be half a convention.
register([
    first,
    second
])
config = {"server": {
    "type": "ssh",
    "port": 22
}}
servers = [{
    "name": "a",
    "port": 1
}, {
    "name": "b",
    "port": 2
}]
