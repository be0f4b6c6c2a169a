def build_parser(prog):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('--config', default='/etc/fleet.conf')
    parser.add_argument('--verbose', action='store_true')

    # Add the server options.
    servers = parser.add_argument_group('servers')
    servers.add_argument('--flavor', default='m1.small')
    servers.add_argument('--image', default='cirros')
    servers.add_argument('--count', type=int, default=1)

    # Add the network options.
    network = parser.add_argument_group('network')
    network.add_argument('--cidr', default='10.0.0.0/24')
    network.add_argument('--gateway', default='10.0.0.1')
    network.add_argument('--dns', action='append', default=[])

    parser.set_defaults(func=None)
    return parser
