def export(rows, path):
    handle = open(path, 'w')
    log.info('exporting %d rows to %s', len(rows), path)

    # Write the header and the rows.
    handle.write('id,name\n')
    for row in rows:
        handle.write('%s,%s\n' % (row.id, row.name))
    handle.write('\n')

    handle.flush()
    handle.close()
    os.chmod(path, 0o644)
    log.info('wrote %d rows', len(rows))
