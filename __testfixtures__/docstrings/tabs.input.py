class Queue:
	def __init__(self):
		self.items = []

	def is_empty(self):
		return not self.items

	def put(self, item): self.items.append(item)
