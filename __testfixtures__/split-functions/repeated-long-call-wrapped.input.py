"""Exports of the accounting ledger."""


def export_monthly_statement(
    ledger_for_customer, statement_period_start, statement_period_end
):
    entries = ledger_for_customer.entries()

    # Keep the entries of the period.
    kept = []
    for entry in entries:
        if statement_period_start <= entry.booked_on < statement_period_end:
            kept.append(entry)

    return render_statement(kept)


def export_yearly_summary(
    ledger_for_customer, statement_period_start, statement_period_end
):
    entries = ledger_for_customer.entries(include_archived=True)

    kept = []
    for entry in entries:
        if statement_period_start <= entry.booked_on < statement_period_end:
            kept.append(entry)

    return summarize_entries(kept, yearly=True)


def render_statement(entries):
    return "\n".join(str(entry) for entry in entries)


def summarize_entries(entries, yearly=False):
    return {"count": len(entries), "yearly": yearly}
