A = r"\d+" R"\w"
B = b"bytes" rb"\x" Rb"\y" BR"\z" br"\q"
C = u"text" U"text"
D = f"{a}" F"{b}" fr"{c}\d" Rf"{d}" rF"{e}"
