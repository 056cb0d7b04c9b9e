def level3():
    return {}["deep"]
def level2():
    return level3()
def level1():
    return level2()
level1()
