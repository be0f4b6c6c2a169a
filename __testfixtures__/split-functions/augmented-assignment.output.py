def tally(votes):
    yes = 0
    no = 0
    votes = list(votes)

    # Count the votes.
    yes, no = _count_votes(votes, yes, no)

    return yes, no


def _count_votes(votes, yes, no):
    for vote in votes:
        if vote:
            yes += 1
        else:
            no += 1
    return yes, no
