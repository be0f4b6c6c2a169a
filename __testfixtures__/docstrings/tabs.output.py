class Queue:
	def __init__(self):
		self.items = []

	def pop(self, index=None):
		"""Pop the queue.

		Args:
			index: If None, len(self.items) - 1 is used.
		"""
		if index is None:
			index = len(self.items) - 1
		return self.items.pop(index)

	def put(self, item): self.items.append(item)

	def get(self):
		"""Get the queue.

		Raises:
			NotFound: The queue has no items yet.
		"""
		raise NotFound("the queue has no items yet")
