package objects

// The types of generators, coroutines and async generators. The objects themselves are the
// interpreter's (vm.Generator), because they own frames; their behaviour is defined there.
var (
	GeneratorType      = newType("generator", ObjectType)
	CoroutineType      = newType("coroutine", ObjectType)
	AsyncGeneratorType = newType("async_generator", ObjectType)
)

func init() {
	GeneratorType.Flags |= TypeFinal
	CoroutineType.Flags |= TypeFinal
	AsyncGeneratorType.Flags |= TypeFinal
}
