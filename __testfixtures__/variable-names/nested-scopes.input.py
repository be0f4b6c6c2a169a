def schedule(jobs, limit):
    cnt = 0
    msg = "scheduled"

    def report():
        print(msg, cnt)

    def bump():
        nonlocal cnt
        cnt += 1

    ordered = [job for job in jobs if job.size < cnt]
    weigh = lambda job: job.size * cnt
    for job in ordered:
        bump()
    report()
    return f"{msg}: {cnt:>{limit}}", sorted(jobs, key=weigh)
