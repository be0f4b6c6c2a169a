class Model:
    def __repr__(self):
        return 'Model'
