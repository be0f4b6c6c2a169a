size = 10  # size: module


class Box:
    size = 3  # size: Box
    doubled = size * 2  # doubled: Box; size: Box
    squares = [size * i for i in range(size)]  # size: module, Box; i: comprehension, comprehension

    def area(self):  # area: Box; self: area
        return size * self.width  # size: module; self: area
