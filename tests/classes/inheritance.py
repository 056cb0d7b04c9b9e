class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal("x"), Dog("rex"), Puppy("bit")]:
    print(a.speak())
print(Puppy.__mro__[1].__name__, issubclass(Puppy, Animal), [c.__name__ for c in Puppy.__mro__])
