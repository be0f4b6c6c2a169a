def order_by(query, fields):
    result = []
    for field in fields:
        # 'tbl' is the alias the join gave this field's table.
        tbl = query.alias_for(field)
        result.append("%s.%s" % (tbl, field))
    return result
