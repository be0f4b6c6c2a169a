def schedule(jobs):
    def plan(job):
        steps = []
        cost = 0

        # Add the steps of the job.
        for step in job.steps:
            steps.append(step)
            cost += step.cost

        return steps, cost
    return [plan(job) for job in jobs]
