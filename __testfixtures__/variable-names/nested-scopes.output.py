def schedule(jobs, limit):
    count = 0
    message = "scheduled"

    def report():
        print(message, count)

    def bump():
        nonlocal count
        count += 1

    ordered = [job for job in jobs if job.size < count]
    weigh = lambda job: job.size * count
    for job in ordered:
        bump()
    report()
    return f"{message}: {count:>{limit}}", sorted(jobs, key=weigh)
