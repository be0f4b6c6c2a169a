def export(rows, path):
    handle = open(path, 'w')
    count = 0

    # Write the header and the rows.
    handle.write('id,name\n')
    for row in rows:
        handle.write('%s,%s\n' % (row.id, row.name))
        count += 1

    handle.close()
    log.info('wrote %d rows', count)
