def schedule(jobs):
    def _add_steps_job(job, steps, cost):
        for step in job.steps:
            steps.append(step)
            cost += step.cost
        return cost

    def plan(job):
        steps = []
        cost = 0

        # Add the steps of the job.
        cost = _add_steps_job(job, steps, cost)

        return steps, cost
    return [plan(job) for job in jobs]
