class Queue:
	def __init__(self):
		self.items = []

	def pop_item(self, index=None):
		"""Summarize the method pop_item of tabs.py (4 lines, google style).

		Signature: def pop_item(self, index=None).

		Args:
			index: If None, len(self.items) - 1 is used.
		"""
		if index is None:
			index = len(self.items) - 1
		return self.items.pop(index)

	def put(self, item):
		"""Summarize the method put of tabs.py (1 lines, google style).

		Signature: def put(self, item).
		"""
		self.items.append(item)

	def get_item(self):
		"""Summarize the method get_item of tabs.py (1 lines, google style).

		Signature: def get_item(self).

		Raises:
			NotFound: The queue has no items yet.
		"""
		raise NotFound("the queue has no items yet")
