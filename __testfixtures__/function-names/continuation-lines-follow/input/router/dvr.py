class LocalRouter:
    def _check_if_route_applicable_to_fip_namespace(self, route,
                                                    agent_gateway_port):
        return route["nexthop"] in agent_gateway_port["fixed_ips"]

    def _check_if_floatingip_bound_to_host(self, fip):
        return fip.get("host") == self.host

    def routes(self, routes, port):
        applicable = [route for route in routes
                      if self._check_if_route_applicable_to_fip_namespace(route,
                                                                          port)]
        message = ("""routes for
                   %s""" % self._check_if_floatingip_bound_to_host({}))
        return applicable, message
