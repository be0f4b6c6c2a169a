def test_move(server):
    dest_host = server.host
    assert dest_host == "compute-2"
