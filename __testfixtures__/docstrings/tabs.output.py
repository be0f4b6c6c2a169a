class Queue:
	def __init__(self):
		self.items = []

	def pop_item(self, index=None):
		"""Pop the item.

		Args:
			index: If None, len(self.items) - 1 is used.
		"""
		if index is None:
			index = len(self.items) - 1
		return self.items.pop(index)

	def put(self, item): self.items.append(item)

	def get_item(self):
		"""Get the item.

		Raises:
			NotFound: The queue has no items yet.
		"""
		raise NotFound("the queue has no items yet")
