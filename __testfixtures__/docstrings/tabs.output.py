class Queue:
	"""A queue."""

	def __init__(self):
		"""Initialize the queue."""
		self.items = []

	def is_empty(self):
		"""Return whether the queue is empty.

		Returns:
			Whether the queue is empty.
		"""
		return not self.items

	def put(self, item):
		"""Put the item.

		Args:
			item: The item.
		"""
		self.items.append(item)
