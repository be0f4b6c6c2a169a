def schedule(jobs):
    def plan(job):
        steps = []
        cost = 0

        cost = _add_steps_job(job, steps, cost)

        return steps, cost

    def _add_steps_job(job, steps, cost):
        """Add the steps of the job."""
        for step in job.steps:
            steps.append(step)
            cost += step.cost
        return cost

    return [plan(job) for job in jobs]
