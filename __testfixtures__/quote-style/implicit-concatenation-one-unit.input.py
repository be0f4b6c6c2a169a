# Every part of an implicitly concatenated message takes the preferred quote when all
# can; when one must keep the other quote, all keep it.
ERROR = ("could not resize %s: "
         'the host is gone')
WARNING = ('server %s is "stuck"; '
           "retrying")
