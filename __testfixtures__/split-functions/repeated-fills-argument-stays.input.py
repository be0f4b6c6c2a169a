"""Indexes of the document store."""


def index_titles(documents, index):
    index.clear()

    # Register the documents by title.
    for document in documents:
        key = document.title.lower()
        index[key] = document

    return len(index)


def index_drafts(documents, index):
    index.clear()

    # Register the documents by title.
    for document in documents:
        key = document.title.lower()
        index[key] = document

    return index
