from django.template.exceptions import TemplateSyntaxError
from django.urls.exceptions import NoReverseMatch


class Parser:
    def parse_filter(self, token):
        try:
            return self.compile_filter(token.contents)
        except TemplateSyntaxError as e:
            raise self.error(token, e)

    def error(self, token, e):
        if not isinstance(e, Exception):
            e = TemplateSyntaxError(e)
        if not hasattr(e, "token"):
            e.token = token
        return e


def namespace_of(resolver, ns):
    try:
        return resolver.namespace_dict[ns]
    except KeyError as key:
        raise NoReverseMatch("%s is not a registered namespace" % key)
