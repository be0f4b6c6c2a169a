import socketserver


class Handler(socketserver.BaseRequestHandler):
    def finish_request(self, req, client_addr):
        return (req, client_addr)
