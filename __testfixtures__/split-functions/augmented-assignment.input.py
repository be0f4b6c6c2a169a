def tally(votes):
    yes = 0
    no = 0
    votes = list(votes)

    # Count the votes.
    for vote in votes:
        if vote:
            yes += 1
        else:
            no += 1

    return yes, no
