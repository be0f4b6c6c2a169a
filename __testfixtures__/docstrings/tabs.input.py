class Queue:
	def __init__(self):
		self.items = []

	def pop_item(self, index=None):
		if index is None:
			index = len(self.items) - 1
		return self.items.pop(index)

	def put(self, item): self.items.append(item)

	def get_item(self): raise NotFound("the queue has no items yet")
