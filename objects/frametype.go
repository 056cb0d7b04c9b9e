package objects

// FrameType is the type of frame objects: the interpreter's frames, which tracebacks and
// sys._getframe() hand to Python code. The frames themselves are the interpreter's (vm.Frame);
// their attributes are defined there.
var FrameType = newType("frame", ObjectType)

func init() { FrameType.Flags |= TypeFinal }
