class _ChangeList:
    def __init__(self, request, params):
        self.request = request
        self.params = dict(params)

        # Get the search parameters.
        form = self.search_form(request.GET)
        if form.is_valid():
            self.query = form.cleaned_data['q']
            self.params.pop('q', None)
        self.ready = True

        self.results = self.get_results(request)
