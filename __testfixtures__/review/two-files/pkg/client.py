import urllib.request


def send_request(url, payload):
    resp = urllib.request.urlopen(url, data=payload)
    return resp.read()
