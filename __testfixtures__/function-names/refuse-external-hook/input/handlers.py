import http.server


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        return self.send_response(200)
