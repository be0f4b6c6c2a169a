def handler():
	'''Handle it.'''
	if True:
		return 'done'
